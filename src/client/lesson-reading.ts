/**
 * <lesson-visit> (markup in LessonVisit.astro), the lesson page's reading in the progress stores:
 * - the lesson is visited when the page opens;
 * - once scrolling stops, the lesson is noted as the one being read, at the last heading the
 *   reader reached (« Reprendre » goes there), and it is « lue » when the end of the lesson (the
 *   line marked data-lesson-end) is on the screen;
 * - the course menu shows each lesson's state.
 * Kept small: it ships with every lesson, within the lesson page's JavaScript budget.
 */
import { $lessons, markVisited } from '../stores/progress';
import { markPlace } from '../stores/reading';
import { lessonStatus } from '../lib/progress/progress-records';

/** Wait after the last scroll event before noting the place (a fling makes dozens of events). */
const SETTLE_MS = 400;
/** A heading counts as reached once its top is above this fraction of the screen's height. */
const REACHED = 0.35;

/** Shows each lesson's state in the course menu (its icon and text follow data-state). */
function paintMenu(): void {
  const lessons = $lessons.get();
  for (const item of document.querySelectorAll<HTMLElement>('.course-menu li[data-slug]')) {
    item.dataset['state'] = lessonStatus(item.dataset['slug'] ?? '', lessons);
  }
}

/** <lesson-visit data-slug>: records the reading of its lesson. */
class LessonVisit extends HTMLElement {
  connectedCallback() {
    const slug = this.dataset['slug'];
    if (!slug) return;
    markVisited(slug);
    const headings = document.querySelectorAll<HTMLElement>('article h2[id], article h3[id]');
    const end = document.querySelector('[data-lesson-end]');
    // Once scrolling stops (the reader's, or the browser's to a section the address names): the
    // last heading above the reading line, and whether the end of the lesson is on the screen.
    let timer: ReturnType<typeof setTimeout> | undefined;
    addEventListener(
      'scroll',
      () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          let section: string | undefined;
          for (const heading of headings) {
            if (heading.getBoundingClientRect().top > innerHeight * REACHED) break;
            section = heading.id;
          }
          markPlace(slug, section, !!end && end.getBoundingClientRect().top < innerHeight);
        }, SETTLE_MS);
      },
      { passive: true },
    );
    paintMenu();
    $lessons.listen(paintMenu);
  }
}
customElements.define('lesson-visit', LessonVisit);
