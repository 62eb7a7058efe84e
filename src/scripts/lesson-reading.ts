/**
 * <lesson-visit> (markup in LessonVisit.astro), the lesson page's reading in the progress stores:
 * - the lesson is visited when the page opens, and noted as the one being read (« Reprendre »);
 * - the last heading the reader reached is kept, once scrolling stops, as the place to resume;
 * - the lesson is « lue » once the end of the lesson (the line marked data-lesson-end) comes into
 *   view after the reader has scrolled (or at once when the whole page fits the screen);
 * - the course menu shows each lesson's state and the overall progress;
 * - the shortcuts bar's « Sommaire » opens the folded table of contents it leads to.
 */
import { $lessons, $quizResults, markPlace, markRead, markVisited } from '../stores/progress';
import { lessonStatus, summarize } from '../lib/progress';
import { fill } from '../lib/template';
import { lessonReading as t } from '../i18n/fr-lesson';

/** Wait after the last scroll event before noting the place (a fling makes dozens of events). */
const SETTLE_MS = 400;
/** A heading counts as reached once its top is above this fraction of the screen's height. */
const REACHED = 0.35;

/** The id of the last heading of the lesson whose top is above the reading line, if any. */
function currentSection(headings: readonly HTMLElement[]): string | undefined {
  const line = window.innerHeight * REACHED;
  let found: string | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= line) found = heading.id;
    else break;
  }
  return found;
}

/** Shows each lesson's state and the overall progress in the course menu. */
function paintMenu(): void {
  const menu = document.querySelector<HTMLElement>('.course-menu');
  if (!menu) return;
  const lessons = $lessons.get();
  const items = [...menu.querySelectorAll<HTMLElement>('li[data-slug]')];
  for (const item of items) {
    const status = lessonStatus(item.dataset['slug'] ?? '', lessons);
    item.dataset['state'] = status;
    const text = item.querySelector('[data-state-text]');
    if (text) text.textContent = t.states[status];
  }
  const summary = summarize(
    items.map((item) => item.dataset['slug'] ?? ''),
    lessons,
    $quizResults.get(),
    menu.dataset['finalHash'],
  );
  const line = menu.querySelector<HTMLElement>('[data-menu-progress]');
  const label = menu.querySelector('[data-menu-progress-text]');
  const bar = menu.querySelector('progress');
  if (!line || !label || !bar) return;
  line.hidden = false;
  label.textContent = fill(t.menuProgress, { percent: summary.percent });
  bar.value = summary.percent;
}

/** <lesson-visit data-slug>: records the reading of its lesson. */
class LessonVisit extends HTMLElement {
  private stop: (() => void)[] = [];

  connectedCallback() {
    const slug = this.dataset['slug'];
    if (!slug) return;
    markVisited(slug);
    // Opening the lesson makes it the one « Reprendre » leads to, at the place noted last time
    // (or at the section the address points to, when it names one).
    const article = this.closest('article') ?? document;
    const headings = [...article.querySelectorAll<HTMLElement>('h2[id], h3[id]')];
    const linked = headings.find(
      (h) => `#${encodeURIComponent(h.id)}` === location.hash || `#${h.id}` === location.hash,
    )?.id;
    markPlace(slug, linked ?? $lessons.get()[slug]?.section);

    let scrolled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      scrolled = true;
      clearTimeout(timer);
      timer = setTimeout(() => markPlace(slug, currentSection(headings)), SETTLE_MS);
    };
    addEventListener('scroll', onScroll, { passive: true });
    this.stop.push(
      () => removeEventListener('scroll', onScroll),
      () => clearTimeout(timer),
    );

    const end = document.querySelector('[data-lesson-end]');
    if (end && 'IntersectionObserver' in window) {
      const observer = new IntersectionObserver((entries) => {
        const fits = document.documentElement.scrollHeight <= window.innerHeight;
        if (!entries.some((e) => e.isIntersecting) || !(scrolled || fits)) return;
        markRead(slug);
        observer.disconnect();
      });
      observer.observe(end);
      // The end may already be in view when the first scroll happens: look again then.
      const recheck = () => {
        observer.unobserve(end);
        observer.observe(end);
      };
      addEventListener('scroll', recheck, { passive: true, once: true });
      this.stop.push(
        () => observer.disconnect(),
        () => removeEventListener('scroll', recheck),
      );
    }

    paintMenu();
    this.stop.push($lessons.listen(paintMenu), $quizResults.listen(paintMenu));

    // « Sommaire » in the shortcuts bar: the link leads to the folded table of contents; open it.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-open-toc]') : null;
      const toc = link && document.getElementById(link.dataset['openToc'] ?? '');
      if (toc instanceof HTMLDetailsElement) toc.open = true;
    };
    document.addEventListener('click', onClick);
    this.stop.push(() => document.removeEventListener('click', onClick));
  }

  disconnectedCallback() {
    this.stop.forEach((f) => f());
    this.stop = [];
  }
}
customElements.define('lesson-visit', LessonVisit);
