/**
 * The lint of branching simulations: what the schema cannot see one node at a time because it
 * needs the whole graph. Each finding names the file, the node and what to change. It runs in
 * `npm test` (tests/unit/content/scenario-lint.test.ts) and from `node scripts/lint-scenarios.ts`.
 */
import type { Scenario, ScenarioNode } from '../../schemas/scenario';

/** A scenario as read from a file. */
export interface ScenarioFile {
  /** Path of the file, for the message. */
  file: string;
  scenario: Scenario;
}

/** What the lint found: the rule broken, where, and a French message for the author. */
export interface ScenarioFinding {
  rule: 'unknown-target' | 'unreachable' | 'dead-end' | 'too-long' | 'no-debrief' | 'gauge-range';
  file: string;
  /** The node concerned. */
  node: string;
  message: string;
}

/** The most decisions one path may ask for: the first scenario asks 10 to 12 (issue #28). */
export const MAX_DECISIONS = 14;

/** Every node id a node can lead to (each route of each choice), unknown ids included. */
function targets(node: ScenarioNode): string[] {
  if (node.kind !== 'decision') return [];
  return node.choices.flatMap((c) => (typeof c.next === 'string' ? [c.next] : c.next.map((r) => r.to)));
}

/** Findings for one scenario file. */
export function lintScenario({ file, scenario }: ScenarioFile): ScenarioFinding[] {
  const findings: ScenarioFinding[] = [];
  const at = (rule: ScenarioFinding['rule'], node: string, message: string) =>
    findings.push({ rule, file, node, message });
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const edges = new Map(scenario.nodes.map((n) => [n.id, targets(n).filter((t) => byId.has(t))]));

  // A choice pointing nowhere: an unknown node, or routes that may all fail.
  if (!byId.has(scenario.start)) {
    at('unknown-target', scenario.start, `le départ « ${scenario.start} » n’est aucun nœud du fichier.`);
  }
  for (const node of scenario.nodes) {
    if (node.kind !== 'decision') continue;
    for (const c of node.choices) {
      for (const t of typeof c.next === 'string' ? [c.next] : c.next.map((r) => r.to)) {
        if (!byId.has(t)) at('unknown-target', node.id, `le choix « ${c.id} » mène à « ${t} », qui n’existe pas.`);
      }
      if (typeof c.next !== 'string' && c.next.at(-1)?.when) {
        at(
          'unknown-target',
          node.id,
          `le choix « ${c.id} » peut ne mener nulle part : sa dernière route a une condition. Retirez-la pour en faire la route par défaut.`,
        );
      }
    }
  }

  // Unreachable: not on any path from the start.
  const reached = new Set<string>();
  const queue = byId.has(scenario.start) ? [scenario.start] : [];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (reached.has(id)) continue;
    reached.add(id);
    queue.push(...(edges.get(id) ?? []));
  }
  for (const node of scenario.nodes) {
    if (!reached.has(node.id)) at('unreachable', node.id, 'aucun chemin depuis le départ ne mène à ce nœud.');
  }

  // Dead end: a situation from which no ending can be reached.
  const canEnd = new Set(scenario.nodes.filter((n) => n.kind === 'end').map((n) => n.id));
  for (let changed = true; changed;) {
    changed = false;
    for (const node of scenario.nodes) {
      if (!canEnd.has(node.id) && (edges.get(node.id) ?? []).some((t) => canEnd.has(t))) {
        canEnd.add(node.id);
        changed = true;
      }
    }
  }
  for (const node of scenario.nodes) {
    if (node.kind === 'decision' && reached.has(node.id) && !canEnd.has(node.id)) {
      at('dead-end', node.id, 'aucun choix de cette situation ne mène, tôt ou tard, à une fin.');
    }
  }

  // Too long: a loop (a path without end) or more decisions than MAX_DECISIONS.
  const state = new Map<string, 'open' | 'done'>();
  const longest = new Map<string, { length: number; path: string[] }>();
  let loop: string[] | undefined;
  const visit = (id: string, trail: string[]): void => {
    if (loop) return;
    if (state.get(id) === 'open') {
      loop = [...trail.slice(trail.indexOf(id)), id];
      return;
    }
    if (state.get(id) === 'done') return;
    state.set(id, 'open');
    let best = { length: 0, path: [id] };
    for (const t of edges.get(id) ?? []) {
      visit(t, [...trail, id]);
      const sub = longest.get(t);
      if (sub && sub.length + 1 > best.length) best = { length: sub.length + 1, path: [id, ...sub.path] };
    }
    state.set(id, 'done');
    longest.set(id, byId.get(id)?.kind === 'end' ? { length: 0, path: [id] } : best);
  };
  if (byId.has(scenario.start)) visit(scenario.start, []);
  if (loop) {
    at('too-long', loop[0] as string, `un chemin tourne en boucle : ${loop.join(' → ')}.`);
  } else {
    const top = longest.get(scenario.start);
    if (top && top.length > MAX_DECISIONS) {
      at(
        'too-long',
        scenario.start,
        `un chemin demande ${top.length} décisions, plus que ${MAX_DECISIONS} : ${top.path.join(' → ')}.`,
      );
    }
  }

  // An ending without its debrief.
  for (const node of scenario.nodes) {
    if (node.kind === 'end' && !(node.debrief ?? []).some((p) => p.trim() !== '')) {
      at('no-debrief', node.id, 'cette fin n’a pas de bilan (debrief) : dites ce qu’il faut en retenir.');
    }
  }

  // Gauges: a sound range, known names, and no path that pushes one out of its range.
  const gauges = new Map(scenario.gauges.map((g) => [g.id, g]));
  for (const g of scenario.gauges) {
    if (g.min >= g.max || g.start < g.min || g.start > g.max) {
      at('gauge-range', scenario.start, `la jauge « ${g.id} » part de ${g.start}, hors de [${g.min}, ${g.max}].`);
    }
  }
  for (const node of scenario.nodes) {
    if (node.kind !== 'decision') continue;
    for (const c of node.choices) {
      const named = [
        ...Object.keys(c.effects),
        ...(typeof c.next === 'string' ? [] : c.next.flatMap((r) => Object.keys(r.when ?? {}))),
      ];
      for (const name of named.filter((n) => !gauges.has(n))) {
        at('gauge-range', node.id, `le choix « ${c.id} » nomme la jauge « ${name} », qui n’existe pas.`);
      }
    }
  }
  if (!loop && byId.has(scenario.start)) {
    // The lowest and highest value each gauge can have on arriving at each node, over every path
    // (routes all count as possible): a choice whose effect leaves the range on one of them is named.
    const order = [...longest.keys()].reverse(); // reverse post-order: a topological order from the start
    const low = new Map<string, Record<string, number>>();
    const high = new Map<string, Record<string, number>>();
    const starts = Object.fromEntries(scenario.gauges.map((g) => [g.id, g.start]));
    low.set(scenario.start, { ...starts });
    high.set(scenario.start, { ...starts });
    for (const id of order) {
      const node = byId.get(id);
      const lo = low.get(id);
      const hi = high.get(id);
      if (!node || node.kind !== 'decision' || !lo || !hi) continue;
      for (const c of node.choices) {
        const nextLo: Record<string, number> = {};
        const nextHi: Record<string, number> = {};
        for (const g of scenario.gauges) {
          const d = c.effects[g.id] ?? 0;
          const vLo = (lo[g.id] ?? g.start) + d;
          const vHi = (hi[g.id] ?? g.start) + d;
          nextLo[g.id] = vLo;
          nextHi[g.id] = vHi;
          if (d !== 0 && (vLo < g.min || vHi > g.max)) {
            at(
              'gauge-range',
              node.id,
              `le choix « ${c.id} » peut porter la jauge « ${g.id} » à ${vLo < g.min ? vLo : vHi}, hors de [${g.min}, ${g.max}].`,
            );
          }
        }
        for (const t of typeof c.next === 'string' ? [c.next] : c.next.map((r) => r.to)) {
          if (!byId.has(t)) continue;
          const tl = low.get(t);
          const th = high.get(t);
          low.set(
            t,
            tl ? Object.fromEntries(Object.keys(nextLo).map((k) => [k, Math.min(tl[k] ?? 0, nextLo[k] ?? 0)])) : nextLo,
          );
          high.set(
            t,
            th ? Object.fromEntries(Object.keys(nextHi).map((k) => [k, Math.max(th[k] ?? 0, nextHi[k] ?? 0)])) : nextHi,
          );
        }
      }
    }
  }
  return findings;
}

/** One line per finding, « file › node : message ». */
export function formatScenarioFindings(findings: readonly ScenarioFinding[]): string {
  return findings.map((f) => `${f.file} › ${f.node} : ${f.message}`).join('\n');
}
