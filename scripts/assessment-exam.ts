/**
 * node scripts/assessment-exam.ts <round> <reader>… [--only id,id,…]
 *
 * Writes, for each reader, the exam docs/pilot/<round>/exam-<reader>.md (every item of the final
 * evaluation's bank, or only the listed ones, in a per-reader order, options lettered in a
 * per-reader order, no keys, no feedback, no lesson names) and its key
 * docs/pilot/<round>/keys/<reader>.json, which the reader never sees. Readers whose name starts
 * with « nc » are « sans cours »; the others « avec cours ». See docs/assessment.md.
 */
import './assessment-hooks.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';

const { buildExam, readBank } = await import('./assessment-core.ts');

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt === -1 ? null : new Set((args[onlyAt + 1] ?? '').split(',').filter(Boolean));
const [round, ...readers] = onlyAt === -1 ? args : args.filter((_, i) => i !== onlyAt && i !== onlyAt + 1);
if (!round || readers.length === 0) {
  console.error('Usage : node scripts/assessment-exam.ts <round> <lecteur>… [--only id,id,…]');
  process.exit(2);
}

const bank = readBank(readFileSync('content/quizzes/evaluation-finale.yaml', 'utf8'));
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
  writeFileSync(join(dir, `exam-${reader}.md`), await format(markdown, { parser: 'markdown' }));
  writeFileSync(join(dir, 'keys', `${reader}.json`), await format(JSON.stringify(key), { parser: 'json' }));
  console.log(`${join(dir, `exam-${reader}.md`)} : ${questions.length} questions`);
}
