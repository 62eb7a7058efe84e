/**
 * Reads the talk straight from the source files — each lesson's <Slide title> in order, and the
 * quizzes inside slides with their number of questions — independently of the site's code, so the
 * deck tests compare the built decks against what authors wrote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readLessonFiles, type LessonFile } from './course-files';

/** One slide as the deck should show it. */
export interface ExpectedSlide {
  kind: 'opening' | 'lesson-title' | 'content' | 'poll' | 'scenario' | 'closing';
  /** The title (for poll slides, the quiz id). */
  title: string;
}

/**
 * A lesson and the slides its MDX holds, in order: its <Slide>s and its <Scenario>s (one slide each);
 * a slide's open questions (<OpenQuestion id>) come after its quizzes' poll slides, one slide each.
 */
export interface LessonSlides extends LessonFile {
  slides: Array<{ title: string; polls: string[]; opens?: string[]; scenario?: boolean }>;
}

/** The title a simulation's slide carries: « Mise en situation : » and the scenario's own title. */
function scenarioSlideTitle(id: string, dir = 'content/scenarios'): string {
  const data = parse(readFileSync(join(dir, `${id}.yaml`), 'utf8')) as { title: string };
  return `Mise en situation\u00a0: ${data.title}`;
}

function unquote(value: string): string {
  return value.replace(/&quot;/g, '"');
}

/** Every lesson with its slides, in course order. */
export function readLessonSlides(dir = 'content/lessons'): LessonSlides[] {
  return readLessonFiles(dir).map((lesson) => {
    const text = readFileSync(join(dir, lesson.file), 'utf8');
    const slides = [
      ...text.matchAll(/<Slide\s+title="([^"]*)"\s*>([\s\S]*?)<\/Slide>|<Scenario\s+id="([^"]+)"\s*\/>/g),
    ].map((m) =>
      m[3]
        ? { title: scenarioSlideTitle(m[3]), polls: [], scenario: true }
        : {
            title: unquote(m[1] ?? ''),
            polls: [...(m[2] ?? '').matchAll(/<Quiz\s+id="([^"]+)"/g)].map((q) => q[1] ?? ''),
            opens: [...(m[2] ?? '').matchAll(/<OpenQuestion\s+id="([^"]+)"/g)].map((q) => q[1] ?? ''),
          },
    );
    return { ...lesson, slides };
  });
}

/** Number of questions of a quiz file. */
export function quizQuestionCount(id: string, dir = 'content/quizzes'): number {
  const data = parse(readFileSync(join(dir, `${id}.yaml`), 'utf8')) as { questions: unknown[] };
  return data.questions.length;
}

/** The slides of a deck: the whole talk (with opening and closing), or one lesson. */
export function expectedDeck(lessons: LessonSlides[], whole: boolean): ExpectedSlide[] {
  const out: ExpectedSlide[] = [];
  if (whole) out.push({ kind: 'opening', title: 'Les médias sociaux en santé' });
  for (const lesson of lessons) {
    out.push({ kind: 'lesson-title', title: lesson.title });
    for (const slide of lesson.slides) {
      out.push({ kind: slide.scenario ? 'scenario' : 'content', title: slide.title });
      for (const id of slide.polls) {
        for (let i = 0; i < quizQuestionCount(id); i++) out.push({ kind: 'poll', title: id });
      }
      for (const id of slide.opens ?? []) out.push({ kind: 'poll', title: `open/${id}` });
    }
  }
  if (whole) out.push({ kind: 'closing', title: 'Merci!' });
  return out;
}

/** Number of pages in a PDF, from its page objects (Chromium writes them uncompressed). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
