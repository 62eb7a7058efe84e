/**
 * node scripts/assessment-exam.ts <round> <reader>… [--only id,id,…] [--changed-since roundN | --unanswered]
 *
 * Writes, for each reader, the exam docs/pilot/<round>/exam-<reader>.md (every item of the final
 * evaluation's bank, or only the listed ones, or only those new or rewritten since an earlier round, or only those no earlier round has asked in their current version (--unanswered), in a per-reader order, options lettered in a
 * per-reader order, no keys, no feedback, no lesson names) and its key
 * docs/pilot/<round>/keys/<reader>.json, which the reader never sees. Readers whose name starts
 * with « nc » are « sans cours »; the others « avec cours ». See docs/assessment.md.
 */
import './assessment-hooks.ts';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFormatted } from './write-formatted.ts';
import type { ExamKey } from './assessment-core.ts';

const { buildExam, readBank } = await import('./assessment-core.ts');

const args = process.argv.slice(2);
/** The value that follows `flag` on the command line, and the arguments without both. */
function option(flag: string, list: string[]): [string | undefined, string[]] {
  const at = list.indexOf(flag);
  return at === -1 ? [undefined, list] : [list[at + 1], list.filter((_, i) => i !== at && i !== at + 1)];
}
const [onlyArg, rest1] = option('--only', args);
const [changedSince, rest2] = option('--changed-since', rest1);
const unanswered = rest2.includes('--unanswered');
const [round, ...readers] = rest2.filter((a) => a !== '--unanswered');
if (!round || readers.length === 0) {
  console.error(
    'Usage : node scripts/assessment-exam.ts <round> <lecteur>… [--only id,id,…] [--changed-since roundN | --unanswered]',
  );
  process.exit(2);
}

const bank = readBank(readFileSync('content/quizzes/evaluation-finale.yaml', 'utf8'));
let only = onlyArg === undefined ? null : new Set(onlyArg.split(',').filter(Boolean));
/** `id@fingerprint` of every item version the keys of these rounds hold. */
function seenIn(rounds: string[]): Set<string> {
  return new Set(
    rounds.flatMap((r) => {
      const keysDir = join('docs/pilot', r, 'keys');
      return readdirSync(keysDir)
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) =>
          (JSON.parse(readFileSync(join(keysDir, f), 'utf8')) as ExamKey).items.map((i) => `${i.id}@${i.fingerprint}`),
        );
    }),
  );
}
if (changedSince || unanswered) {
  // Items new or rewritten since that round (or since every earlier round, with --unanswered): no
  // key of the round(s) holds their current fingerprint.
  const rounds = changedSince
    ? [changedSince]
    : readdirSync('docs/pilot').filter((r) => r !== round && /^round\d+$/.test(r));
  const seen = seenIn(rounds);
  only = new Set(bank.questions.filter((q) => !seen.has(`${q.id}@${q.fingerprint}`)).map((q) => q.id));
}
const questions = only ? bank.questions.filter((q) => only.has(q.id)) : bank.questions;
if (only && questions.length !== only.size) {
  const known = new Set(bank.questions.map((q) => q.id));
  console.error(`Questions inconnues : ${[...only].filter((id) => !known.has(id)).join(', ')}`);
  process.exit(1);
}
const dir = join('docs/pilot', round);
mkdirSync(join(dir, 'keys'), { recursive: true });
for (const reader of readers) {
  const { markdown, key } = buildExam(questions, reader, round);
  await writeFormatted(join(dir, `exam-${reader}.md`), markdown);
  await writeFormatted(join(dir, 'keys', `${reader}.json`), JSON.stringify(key));
  console.log(`${join(dir, `exam-${reader}.md`)} : ${questions.length} questions`);
}
