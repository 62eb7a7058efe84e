// A lesson's quiz keeps its questions out of the page: the island's props in the HTML hold none,
// and /quiz/<id>.json holds the whole quiz, in the props format Astro's island reads back (a
// value is [type, value]: 0 a plain value or object, 1 an array), as the content files say it.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { distFiles, readDist } from '../support/dist-files';
import { readQuizFiles } from '../support/quiz-files';

const quizzes = readQuizFiles();
const lessonPages = distFiles('.html').filter((f) => /^lecons\/[^/]+\/index\.html$/.test(f));

/** Astro's island props, read back as the browser's astro-island does (types 0 and 1 only here). */
function revive(tuple: unknown): unknown {
  if (!Array.isArray(tuple)) throw new Error(`pas une paire [type, valeur] : ${JSON.stringify(tuple)}`);
  const [type, value] = tuple as [number, unknown];
  if (type === 1) return (value as unknown[]).map(revive);
  if (type !== 0) throw new Error(`type ${type} inattendu`);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

describe('quiz data kept out of the lesson pages', () => {
  it.each([...quizzes.keys()])('/quiz/%s.json holds the quiz as its file says it', (id) => {
    const data = JSON.parse(readDist(`quiz/${id}.json`)) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['quiz']);
    // Undefined optional fields are written as [0] and read back as undefined: compare as JSON.
    expect(JSON.parse(JSON.stringify(revive(data.quiz)))).toEqual(JSON.parse(JSON.stringify(quizzes.get(id))));
  });

  it.each(lessonPages)('%s writes no question in its quiz islands’ props', (file) => {
    const islands = parse(readDist(file)).querySelectorAll('.quiz-block astro-island');
    for (const island of islands) {
      const props = JSON.parse(island.getAttribute('props') ?? '{}') as Record<string, unknown>;
      expect(props.quiz, file).toBeUndefined();
      const opts = JSON.parse(island.getAttribute('opts') ?? '{}') as { value?: { data?: string } };
      const id = island.closest('.quiz-block')?.getAttribute('data-quiz') ?? '';
      expect(opts.value?.data).toBe(`/quiz/${id}.json`);
    }
  });

  it('has quiz islands in the lesson pages', () => {
    const count = lessonPages.reduce(
      (n, f) => n + parse(readDist(f)).querySelectorAll('.quiz-block astro-island').length,
      0,
    );
    expect(count).toBeGreaterThanOrEqual(lessonPages.length - 1);
  });
});
