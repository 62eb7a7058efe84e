/**
 * Draws the learner's progress on the home page (markup in HomeProgress.astro): a status on each
 * lesson of the path (the list items carry data-lesson-id), « Reprendre » on the start link, a
 * one-line summary, and the notice when storage is refused. Loaded by <home-progress>
 * (src/client/home-progress.ts) only when there is something to draw; from then on it follows the
 * stores, so another tab's progress shows here too.
 */
import { $lessons, $quizResults } from '../stores/progress';
import { $storageAvailable } from '../stores/storage';
import { summarize } from '../lib/progress/course-summary';
import { resumeLink } from '../lib/progress/resume';
import { fillPlural, type Plural } from '../lib/template';

interface Course {
  finalHash: string;
  lessons: { id: string; slug: string; title: string }[];
  strings: {
    status: Record<'visited' | 'read' | 'completed', string>;
    start: string;
    resumeLesson: string;
    takeFinal: string;
    allDone: string;
    modulePassed: string;
    homeSummary: Plural;
  };
  /** Addresses of « Reprendre » (see resumeLink). */
  paths: { lesson: string; final: string; certificate: string };
}

/**
 * Draws `element`'s page from the stores now and on every change. Its strings come from the server
 * in data-course (src/i18n/fr.ts, progress section); unreadable, nothing is drawn. The page lives as
 * long as its element: the subscriptions are never undone.
 */
export function drawProgress(element: HTMLElement): void {
  let course: Course;
  try {
    course = JSON.parse(element.dataset.course ?? '') as Course;
  } catch {
    return;
  }
  const render = () => draw(element, course);
  $lessons.listen(render);
  $quizResults.listen(render);
  $storageAvailable.listen(render);
  render();
}

function draw(element: HTMLElement, course: Course): void {
  const summary = summarize(
    course.lessons.map((l) => l.slug),
    $lessons.get(),
    $quizResults.get(),
    course.finalHash,
  );
  for (const { slug, status } of summary.lessons) {
    const id = course.lessons.find((l) => l.slug === slug)?.id ?? '';
    const item = document.querySelector(`[data-lesson-id="${CSS.escape(id)}"]`);
    const name = item?.querySelector('.name') ?? item?.querySelector('a');
    if (!name) continue;
    let badge = item?.querySelector<HTMLElement>('.lesson-status');
    if (status === 'todo') {
      badge?.remove();
      continue;
    }
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'lesson-status';
      name.after(badge);
    }
    badge.dataset.status = status;
    badge.textContent = course.strings.status[status];
  }
  const link = document.querySelector<HTMLAnchorElement>('[data-start-link]');
  const resume = summary.resume;
  // Before anything is done, the page's own « Commencer le module » stays.
  if (link && resume.kind !== 'start') {
    const { href, label } = resumeLink(resume, course);
    link.href = href;
    link.textContent = label;
  }
  const line = element.querySelector<HTMLElement>('.summary');
  if (line) {
    const started = resume.kind !== 'start';
    line.hidden = !started;
    line.textContent = started
      ? fillPlural(course.strings.homeSummary, summary.completed, {
          total: course.lessons.length,
          percent: summary.percent,
        })
      : '';
    // Once the module is passed (courseVerdict), say so, with the certificate's link.
    if (summary.passed) {
      const passed = document.createElement('a');
      passed.href = course.paths.certificate;
      passed.textContent = course.strings.modulePassed;
      line.prepend(passed, ' · ');
    }
  }
  const notice = element.querySelector<HTMLElement>('.storage-notice');
  if (notice) notice.hidden = $storageAvailable.get();
}
