/**
 * Pure logic of the item pilot (#23): read the question bank with its exhibits, write one exam per
 * reader (items and options shuffled by a per-reader seed, no keys) with a separate key file, turn
 * a reader's JSON answers back into the quiz's own answers, score them with the site's scoring
 * rules, and summarise the items and the 20-question draws. The command-line scripts
 * (assessment-exam.ts, assessment-analyse.ts) only read and write files around these functions.
 */
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { quizSchema, type Question, type Quiz } from '../src/schemas/quiz.ts';
import { drawQuestions } from '../src/lib/quiz/quiz-draw.ts';
import { scoreQuestion, totalScore } from '../src/lib/quiz/scoring.ts';
import type { Answer } from '../src/lib/quiz/answer.ts';
import { hashString, seededPermutation } from '../src/lib/shuffle.ts';
import { stableStringify } from '../src/build-time/quiz-hash.ts';

/** Material a question gives to read and judge (the shape agreed in the #23 contract). */
export interface Exhibit {
  title: string;
  post?: { author: string; time: string; text: string };
  thread?: { author: string; time: string; text: string; likes?: number }[];
  table?: { columns: string[]; rows: string[][] };
  text?: string[];
}

/** A bank question with the two fields the pilot needs that the site's schema may not keep yet. */
export type BankQuestion = Question & { objective?: string; exhibit?: Exhibit; fingerprint: string };

/** The bank: the quiz as the site validates it, and its questions with exhibit and fingerprint. */
export interface Bank {
  quiz: Quiz;
  questions: BankQuestion[];
}

/** What a reader must not see when the fingerprint is computed: feedback and explanations. */
function scoredPart(raw: Record<string, unknown>): unknown {
  const { explanation: _e, feedback: _f, ...rest } = raw;
  const options = Array.isArray(rest.options)
    ? (rest.options as Record<string, unknown>[]).map(({ feedback: _o, ...o }) => o)
    : undefined;
  return { ...rest, options };
}

/** A short fingerprint of what a reader sees and how it is scored (not feedback or explanations). */
export function itemFingerprint(raw: Record<string, unknown>): string {
  return createHash('sha256')
    .update(stableStringify(scoredPart(raw)))
    .digest('hex')
    .slice(0, 12);
}

/** Reads a bank file's text: validated by the site's schema, exhibits and objectives kept from the raw YAML. */
export function readBank(yamlText: string): Bank {
  const raw = parse(yamlText) as { questions: Record<string, unknown>[] };
  const quiz = quizSchema.parse(raw);
  const questions = quiz.questions.map((q, i) => {
    const r = raw.questions[i] ?? {};
    return {
      ...q,
      objective: typeof r.objective === 'string' ? r.objective : undefined,
      exhibit: r.exhibit as Exhibit | undefined,
      fingerprint: itemFingerprint(r),
    } as BankQuestion;
  });
  return { quiz, questions };
}

/** The readers' two groups: « nc… » never opened the course, « c… » read the lessons first. */
export type Group = 'sans-cours' | 'avec-cours';

/** The group of a reader, from the name's prefix (nc1 → sans-cours, c1 → avec-cours). */
export function groupOf(reader: string): Group {
  return reader.startsWith('nc') ? 'sans-cours' : 'avec-cours';
}

/** How one exam item maps the letters and numbers a reader sees to the bank's ids. */
export interface KeyItem {
  /** The item's number in this reader's exam. */
  n: number;
  id: string;
  kind: Question['kind'];
  fingerprint: string;
  /** Letter → option id (single, multiple) or item id (ordering). */
  letters?: Record<string, string>;
  /** Matching: left-hand number → pair id. */
  lefts?: Record<string, string>;
  /** Matching: right-hand letter → the id of a pair with that right-hand text. */
  rights?: Record<string, string>;
}

/** A reader's key file: never shown to the reader. */
export interface ExamKey {
  reader: string;
  round: string;
  seed: string;
  items: KeyItem[];
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function lettered<T>(items: readonly T[]): [string, T][] {
  return items.map((x, i) => [LETTERS[i] ?? `?${i}`, x]);
}

/** Markdown-safe text for a table cell or a line: pipes escaped, line breaks kept as <br>. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

/** An exhibit as readable Markdown: caption, post, thread, table and paragraphs. */
export function renderExhibit(exhibit: Exhibit): string {
  const out: string[] = [`**Document : ${exhibit.title}**`, ''];
  if (exhibit.post) {
    out.push(`> **${exhibit.post.author}** · ${exhibit.post.time}`, '>', `> ${cell(exhibit.post.text)}`, '');
  }
  if (exhibit.thread?.length) {
    if (exhibit.post) out.push('Commentaires :', '');
    for (const c of exhibit.thread) {
      const likes = c.likes === undefined ? '' : ` · ${c.likes} mentions « J’aime »`;
      out.push(`> **${c.author}** (${c.time}${likes}) : ${cell(c.text)}`, '>');
    }
    out.pop();
    out.push('');
  }
  if (exhibit.table) {
    out.push(`| ${exhibit.table.columns.map(cell).join(' | ')} |`);
    out.push(`| ${exhibit.table.columns.map(() => '---').join(' | ')} |`);
    for (const row of exhibit.table.rows) out.push(`| ${row.map(cell).join(' | ')} |`);
    out.push('');
  }
  for (const p of exhibit.text ?? []) out.push(`> ${cell(p)}`, '>');
  if (exhibit.text?.length) out.pop();
  return out.join('\n').trimEnd();
}

/** The instructions at the top of every exam, with the exact answer format. */
export function examInstructions(reader: string, count: number): string {
  return [
    `# Questionnaire d’essai — lecteur ${reader}`,
    '',
    `Ce questionnaire compte ${count} questions sur la communication en santé publique dans les médias sociaux. ` +
      'Plusieurs vous demandent de juger un document (un fil de commentaires, un brouillon, un tableau, un extrait de plan). ' +
      'Les organisations et les personnes nommées sont fictives.',
    '',
    '## Consignes',
    '',
    '- Répondez à toutes les questions, seul, sans chercher les réponses ailleurs. Si vous hésitez, choisissez la réponse qui vous paraît la plus juste.',
    '- Ne regardez pas le dossier `keys/` qui se trouve à côté de ce fichier : il contient le corrigé.',
    '- Écrivez vos réponses dans un seul fichier JSON, au format ci-dessous, sans commentaire.',
    '',
    '## Format des réponses',
    '',
    'Les clés de `answers` sont les numéros des questions, en texte. Selon le type de question :',
    '',
    '- **Choix unique** (« Une seule réponse ») : une lettre, par exemple `"B"`.',
    '- **Choix multiple** (« Cochez tout ce qui s’applique ») : la liste des lettres choisies, par exemple `["A", "D"]`.',
    '- **Vrai ou faux** : `"vrai"` ou `"faux"`.',
    '- **Mise en ordre** : la liste de toutes les lettres, de la première à la dernière, par exemple `["C", "A", "E", "B", "D"]`.',
    '- **Association** : pour chaque élément numéroté de gauche, la lettre choisie à droite, par exemple `{"1": "B", "2": "A", "3": "D", "4": "C"}`.',
    '',
    'Exemple de fichier complet :',
    '',
    '```json',
    '{',
    `  "reader": "${reader}",`,
    '  "answers": {',
    '    "1": "B",',
    '    "2": ["A", "D"],',
    '    "3": "faux",',
    '    "4": ["C", "A", "E", "B", "D"],',
    '    "5": { "1": "B", "2": "A", "3": "D", "4": "C" }',
    '  }',
    '}',
    '```',
  ].join('\n');
}

/** One exam (Markdown) and its key for `reader`: items and options shuffled by the reader's seed. */
export function buildExam(
  questions: readonly BankQuestion[],
  reader: string,
  round: string,
): { markdown: string; key: ExamKey } {
  const seed = `pilot/${round}/${reader}`;
  const order = seededPermutation(questions, `${seed}/items`);
  const parts: string[] = [examInstructions(reader, order.length), '', '## Questions'];
  const items: KeyItem[] = [];
  order.forEach((q, i) => {
    const n = i + 1;
    const item: KeyItem = { n, id: q.id, kind: q.kind, fingerprint: q.fingerprint };
    const block: string[] = ['', '---', '', `### Question ${n}`, ''];
    if (q.exhibit) block.push(renderExhibit(q.exhibit), '');
    switch (q.kind) {
      case 'single':
      case 'multiple': {
        const opts = lettered(seededPermutation(q.options, `${seed}/${q.id}`));
        block.push(
          `${q.prompt}`,
          '',
          q.kind === 'single' ? '*Une seule réponse.*' : '*Choix multiple : cochez tout ce qui s’applique.*',
          '',
        );
        for (const [letter, o] of opts) block.push(`- **${letter}.** ${cell(o.text)}`);
        item.letters = Object.fromEntries(opts.map(([l, o]) => [l, o.id]));
        break;
      }
      case 'true-false':
        block.push(`*Vrai ou faux?* ${q.prompt}`);
        break;
      case 'ordering': {
        const its = lettered(seededPermutation(q.items, `${seed}/${q.id}`));
        block.push(q.prompt, '', '*Mise en ordre : donnez toutes les lettres, de la première à la dernière.*', '');
        for (const [letter, it] of its) block.push(`- **${letter}.** ${cell(it.text)}`);
        item.letters = Object.fromEntries(its.map(([l, it]) => [l, it.id]));
        break;
      }
      case 'matching': {
        const lefts = seededPermutation(q.pairs, `${seed}/${q.id}/left`).map((p, j) => [String(j + 1), p] as const);
        const distinct = [...new Map(q.pairs.map((p) => [p.right ?? '', p])).values()];
        const rights = lettered(seededPermutation(distinct, `${seed}/${q.id}/right`));
        block.push(q.prompt, '', '*Association : pour chaque élément numéroté, donnez une lettre.*', '');
        for (const [num, p] of lefts) block.push(`${num}. ${cell(p.left ?? '')}`);
        block.push('');
        for (const [letter, p] of rights) block.push(`- **${letter}.** ${cell(p.right ?? '')}`);
        item.lefts = Object.fromEntries(lefts.map(([num, p]) => [num, p.id]));
        item.rights = Object.fromEntries(rights.map(([l, p]) => [l, p.id]));
        break;
      }
    }
    parts.push(...block);
    items.push(item);
  });
  parts.push('', '---', '', 'Fin du questionnaire. Merci!', '');
  return { markdown: parts.join('\n'), key: { reader, round, seed, items } };
}

function letter(value: unknown): string {
  return String(value ?? '')
    .trim()
    .toUpperCase();
}

function letters(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(letter).filter(Boolean);
  if (typeof value === 'string')
    return value
      .split(/[\s,;]+/)
      .map(letter)
      .filter(Boolean);
  return [];
}

/** A reader's raw answer to one item, turned into the quiz's own Answer (unknown letters are dropped). */
export function toAnswer(item: KeyItem, raw: unknown): Answer {
  switch (item.kind) {
    case 'single':
      return { kind: 'single', choice: item.letters?.[letter(raw)] ?? null };
    case 'multiple':
      return { kind: 'multiple', choices: letters(raw).flatMap((l) => item.letters?.[l] ?? []) };
    case 'true-false': {
      const v = String(raw ?? '')
        .trim()
        .toLowerCase();
      return { kind: 'true-false', value: v.startsWith('v') || v === 'true' ? true : v.startsWith('f') ? false : null };
    }
    case 'ordering':
      return { kind: 'ordering', order: letters(raw).map((l) => item.letters?.[l] ?? `?${l}`) };
    case 'matching': {
      const picks: Record<string, string> = {};
      const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
      for (const [num, pairId] of Object.entries(item.lefts ?? {})) {
        const pick = item.rights?.[letter(obj[num])];
        if (pick) picks[pairId] = pick;
      }
      return { kind: 'matching', picks };
    }
  }
}

/** One reader's credit (0 to 1) on each item of the bank, by item id, for items whose fingerprint still matches. */
export interface ReaderResult {
  reader: string;
  group: Group;
  round: string;
  credits: Map<string, number>;
  /** Items answered on a version of the item that the bank no longer has. */
  stale: string[];
}

/** Scores one reader's answers (`answers` as read from the JSON file) against the reader's key. */
export function scoreReader(
  bank: readonly BankQuestion[],
  key: ExamKey,
  answers: Record<string, unknown>,
): ReaderResult {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const credits = new Map<string, number>();
  const stale: string[] = [];
  for (const item of key.items) {
    const q = byId.get(item.id);
    if (!q || q.fingerprint !== item.fingerprint) {
      stale.push(item.id);
      continue;
    }
    credits.set(item.id, scoreQuestion(q, toAnswer(item, answers[String(item.n)])));
  }
  return { reader: key.reader, group: groupOf(key.reader), round: key.round, credits, stale };
}

/**
 * Results of several rounds merged per reader: a later round's credit on an item replaces an
 * earlier one (round 2 pilots the rewritten items again). Rounds must be given oldest first.
 */
export function mergeRounds(results: readonly ReaderResult[]): ReaderResult[] {
  const byReader = new Map<string, ReaderResult>();
  for (const r of results) {
    const prev = byReader.get(r.reader);
    if (!prev) {
      byReader.set(r.reader, { ...r, credits: new Map(r.credits), stale: [...r.stale] });
      continue;
    }
    for (const [id, c] of r.credits) prev.credits.set(id, c);
    prev.round = r.round;
    prev.stale = [...new Set([...prev.stale, ...r.stale])].filter((id) => !prev.credits.has(id));
  }
  return [...byReader.values()];
}

/** One line of the item table: share right in each group and the difference. */
export interface ItemRow {
  id: string;
  lesson: string;
  sans: number | null;
  avec: number | null;
  /** avec − sans: the item's discrimination. */
  diff: number | null;
  nSans: number;
  nAvec: number;
  /** Why the item must be rewritten, or an empty string. */
  flag: string;
}

/** No-course readers at or above this share « mostly get it right ». */
export const MOSTLY_RIGHT = 0.5;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The per-item table: share right among « sans cours » and « avec cours » readers, and the flags. */
export function itemTable(bank: readonly BankQuestion[], results: readonly ReaderResult[]): ItemRow[] {
  return bank.map((q) => {
    const of = (g: Group) =>
      results.filter((r) => r.group === g && r.credits.has(q.id)).map((r) => r.credits.get(q.id) as number);
    const s = of('sans-cours');
    const a = of('avec-cours');
    const sans = mean(s);
    const avec = mean(a);
    const diff = sans === null || avec === null ? null : avec - sans;
    const flags: string[] = [];
    if (sans !== null && sans >= MOSTLY_RIGHT) flags.push('réussie sans le cours');
    if (diff !== null && diff < 0) flags.push('moins réussie avec le cours');
    if (sans === null || avec === null) flags.push('pas de données');
    return {
      id: q.id,
      lesson: q.lesson ?? '',
      sans,
      avec,
      diff,
      nSans: s.length,
      nAvec: a.length,
      flag: flags.join('; '),
    };
  });
}

/** What 10 000 simulated draws give for one reader: mean score and share of draws passed. */
export interface ReaderSimulation {
  reader: string;
  group: Group;
  meanPercent: number;
  passShare: number;
}

/** The same, averaged over a group's readers. */
export interface GroupSimulation {
  group: Group;
  readers: number;
  meanPercent: number;
  passShare: number;
}

/** Simulated draws: per reader and per group, with the number of draws and the items lacking data. */
export interface Simulation {
  draws: number;
  perReader: ReaderSimulation[];
  perGroup: GroupSimulation[];
  /** Bank items some reader has no credit for (reported, never hidden). */
  missing: string[];
  /**
   * Readers left out of the simulation because they have no credit for some current item (they
   * answered an earlier version of a rewritten item): counting those items 0 would misstate them.
   */
  excluded: string[];
}

/**
 * Simulates `draws` attempts of the bank with the site's own draw rule (drawQuestions: 20 items
 * covering every lesson) and scores each with every reader's per-item credits, with the pass mark
 * decided as the site does (totalScore). Only readers with a credit for every current item are
 * simulated; the others are named in `excluded`.
 */
export function simulateDraws(
  quiz: Pick<Quiz, 'draw' | 'questions' | 'passMark'>,
  all: readonly ReaderResult[],
  draws = 10_000,
  seed = 'simulation',
): Simulation {
  const missing = new Set<string>();
  for (const r of all) for (const q of quiz.questions) if (!r.credits.has(q.id)) missing.add(q.id);
  const results = all.filter((r) => quiz.questions.every((q) => r.credits.has(q.id)));
  const excluded = all.filter((r) => !results.includes(r)).map((r) => r.reader);
  const sums = results.map(() => ({ percent: 0, passed: 0 }));
  for (let d = 0; d < draws; d++) {
    const drawn = drawQuestions(quiz, `${seed}#${d}`);
    results.forEach((r, i) => {
      const score = totalScore(
        drawn.map((q) => r.credits.get(q.id) ?? 0),
        quiz.passMark,
      );
      const acc = sums[i] as { percent: number; passed: number };
      acc.percent += (score.points * 100) / score.max;
      if (score.passed) acc.passed++;
    });
  }
  const perReader = results.map((r, i) => {
    const acc = sums[i] as { percent: number; passed: number };
    return { reader: r.reader, group: r.group, meanPercent: acc.percent / draws, passShare: acc.passed / draws };
  });
  // A group's attempts pool its readers: for each drawn item, the credit of one of the group's
  // readers who answered that item's current version, chosen by a seeded hash. Items rewritten
  // after a round are thus scored with the later round's readers, and no item counts 0 for want of
  // data. A group lacking data for some item is not simulated.
  const perGroup = (['sans-cours', 'avec-cours'] as const).flatMap((group) => {
    const readers = all.filter((r) => r.group === group);
    const byItem = new Map(quiz.questions.map((q) => [q.id, readers.filter((r) => r.credits.has(q.id))]));
    if (readers.length === 0 || [...byItem.values()].some((rs) => rs.length === 0)) return [];
    let percent = 0;
    let passed = 0;
    for (let d = 0; d < draws; d++) {
      const drawn = drawQuestions(quiz, `${seed}#${d}`);
      const credits = drawn.map((q) => {
        const rs = byItem.get(q.id) as ReaderResult[];
        const pick = rs[hashString(`${seed}#${d}#${group}#${q.id}`) % rs.length] as ReaderResult;
        return pick.credits.get(q.id) as number;
      });
      const score = totalScore(credits, quiz.passMark);
      percent += (score.points * 100) / score.max;
      if (score.passed) passed++;
    }
    return [{ group, readers: readers.length, meanPercent: percent / draws, passShare: passed / draws }];
  });
  return { draws, perReader, perGroup, missing: [...missing], excluded };
}

function pct(x: number | null, digits = 0): string {
  return x === null ? '—' : `${(x * 100).toFixed(digits).replace('.', ',')}\u00a0%`;
}

/** The Markdown the analysis writes between the markers of docs/assessment.md. */
export function reportMarkdown(rows: readonly ItemRow[], sim: Simulation, rounds: readonly string[]): string {
  const flagged = rows.filter((r) => r.flag);
  const lines = [
    `Produit par \`node scripts/assessment-analyse.ts\` à partir des réponses de ${rounds.join(', ')} (docs/pilot/). Ne pas modifier à la main.`,
    '',
    '### Simulation de 10 000 tirages de 20 questions',
    '',
    `Règle de tirage du site (\`drawQuestions\`), ${sim.draws.toLocaleString('fr-CA').replace(/\s/g, '\u00a0')} tirages, seuil de réussite de 80\u00a0%.`,
    '',
    '| Groupe | Lecteurs | Score moyen | Tirages réussis (80 % ou plus) |',
    '| --- | --- | --- | --- |',
    ...sim.perGroup.map(
      (g) => `| ${g.group} | ${g.readers} | ${pct(g.meanPercent / 100, 1)} | ${pct(g.passShare, 1)} |`,
    ),
    '',
    ...(sim.perReader.length
      ? [
          '| Lecteur | Groupe | Score moyen | Tirages réussis |',
          '| --- | --- | --- | --- |',
          ...sim.perReader.map(
            (r) => `| ${r.reader} | ${r.group} | ${pct(r.meanPercent / 100, 1)} | ${pct(r.passShare, 1)} |`,
          ),
          '',
        ]
      : []),
    sim.excluded.length
      ? `Lecteurs simulés seulement au sein de leur groupe (ils n’ont pas répondu à la version actuelle de toutes les questions)\u00a0: ${sim.excluded.join(', ')}.`
      : 'Chaque lecteur a répondu à la version actuelle de toutes les questions.',
    '',
    '### Résultats par question',
    '',
    'Part de bonnes réponses (crédit moyen, avec le crédit partiel du site pour les choix multiples, les mises en ordre et les associations).',
    '',
    '| Question | Leçon | Sans cours | Avec cours | Écart (discrimination) | À réécrire |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.id} | ${r.lesson} | ${pct(r.sans)} | ${pct(r.avec)} | ${r.diff === null ? '—' : `${r.diff >= 0 ? '+' : '−'}${Math.round(Math.abs(r.diff) * 100)}`} | ${r.flag || ''} |`,
    ),
    '',
    `${flagged.length} question(s) signalée(s) sur ${rows.length}.`,
  ];
  return lines.join('\n');
}

/** Markers of the generated part of docs/assessment.md. */
export const REPORT_START = '<!-- pilot-report:start -->';
export const REPORT_END = '<!-- pilot-report:end -->';

/** `doc` with the text between the markers replaced by `report` (markers appended when absent). */
export function replaceBetweenMarkers(doc: string, report: string): string {
  const start = doc.indexOf(REPORT_START);
  const end = doc.indexOf(REPORT_END);
  const block = `${REPORT_START}\n\n${report}\n\n${REPORT_END}`;
  if (start === -1 || end === -1 || end < start) return `${doc.trimEnd()}\n\n${block}\n`;
  return doc.slice(0, start) + block + doc.slice(end + REPORT_END.length);
}
