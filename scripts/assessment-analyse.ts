/**
 * node scripts/assessment-analyse.ts
 *
 * Reads every pilot round under docs/pilot/ (round1, round2… in that order): the keys
 * (keys/<reader>.json) and the readers' answers (answers/<reader>.json). Scores each item for each
 * reader with the site's scoring rules, merges the rounds (a later round's answer to an item
 * replaces an earlier one; answers to a version of an item the bank no longer has are dropped),
 * then writes into docs/assessment.md, between its markers, the share right per item in each group
 * and the discrimination, and the result of 10 000 simulated 20-item draws per group.
 */
import './assessment-hooks.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFormatted } from './write-formatted.ts';
import type { ExamKey } from './assessment-core.ts';

const core = await import('./assessment-core.ts');

const PILOT = 'docs/pilot';
const DOC = 'docs/assessment.md';
const bank = core.readBank(readFileSync('content/quizzes/evaluation-finale.yaml', 'utf8'));

const rounds = readdirSync(PILOT)
  .filter((d) => /^round\d+$/.test(d) && existsSync(join(PILOT, d, 'answers')))
  .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
const results = rounds.flatMap((round) => {
  const dir = join(PILOT, round);
  return readdirSync(join(dir, 'answers'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const reader = file.replace(/\.json$/, '');
      const key = JSON.parse(readFileSync(join(dir, 'keys', `${reader}.json`), 'utf8')) as ExamKey;
      const data = JSON.parse(readFileSync(join(dir, 'answers', file), 'utf8')) as {
        answers?: Record<string, unknown>;
      };
      const result = core.scoreReader(bank.questions, key, data.answers ?? {});
      if (result.stale.length)
        console.log(`${round}/${reader} : réponses écartées (question réécrite depuis) : ${result.stale.join(', ')}`);
      return result;
    });
});
if (results.length === 0) {
  console.error(`Aucune réponse dans ${PILOT}/round*/answers/.`);
  process.exit(1);
}
const merged = core.mergeRounds(results);
const rows = core.itemTable(bank.questions, merged);
const sim = core.simulateDraws(bank.quiz, merged, 10_000);
const report = core.reportMarkdown(rows, sim, rounds);
const doc = core.replaceBetweenMarkers(existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Évaluation finale\n', report);
await writeFormatted(DOC, doc);
const analysis = JSON.stringify({ rounds, items: rows, simulation: sim });
await writeFormatted(join(PILOT, 'analysis.json'), analysis);
for (const g of sim.perGroup) {
  console.log(
    `${g.group} : ${g.readers} lecteurs, score moyen ${g.meanPercent.toFixed(1)} %, tirages réussis ${(g.passShare * 100).toFixed(1)} %`,
  );
}
console.log(
  `Questions signalées : ${
    rows
      .filter((r) => r.flag && r.flag !== 'pas de données')
      .map((r) => r.id)
      .join(', ') || 'aucune'
  }`,
);
