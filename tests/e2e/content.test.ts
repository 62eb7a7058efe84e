// The course against its source: every item of the 2017 outline is in a slide, in the outline's
// order; each lesson has enough prose; every « Mise à jour » is dated; no placeholder text.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, siteUrl } from '../support/browser';
import { readLessonFiles } from '../support/course-files';
import { countWords, normalizeText } from '../support/text';

interface Outline {
  slides: { title: string; items: string[] }[];
  credits: string[];
}
const outline = JSON.parse(readFileSync('tests/fixtures/outline-2017.json', 'utf8')) as Outline;
const lessons = readLessonFiles();

interface BuiltLesson {
  slug: string;
  slides: { title: string; text: string }[];
  proseWords: number;
  updates: { text: string; datetime: string | null }[];
  text: string;
}

let browser: Browser;
let page: Page;
const built: BuiltLesson[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await newPage(browser));
  for (const lesson of lessons) {
    await page.goto(siteUrl(`/lecons/${lesson.slug}/`));
    const data = await page.evaluate(() => {
      const body = document.querySelector('.lesson .body');
      if (!body) throw new Error('no lesson body');
      // Quizzes are not prose: count the words of the body without them.
      const prose = body.cloneNode(true) as HTMLElement;
      prose.querySelectorAll('[data-quiz], form, fieldset').forEach((n) => n.remove());
      return {
        slides: [...body.querySelectorAll<HTMLElement>('[data-slide]')].map((s) => ({
          title: s.dataset.slideTitle ?? '',
          text: s.innerText,
        })),
        prose: prose.innerText,
        updates: [...body.querySelectorAll<HTMLElement>('[data-callout="mise-a-jour"]')].map((c) => ({
          text: c.innerText,
          datetime: c.querySelector('time')?.getAttribute('datetime') ?? null,
        })),
        text: (document.querySelector('.lesson') as HTMLElement | null)?.innerText ?? '',
      };
    });
    built.push({
      slug: lesson.slug,
      slides: data.slides,
      proseWords: countWords(data.prose),
      updates: data.updates,
      text: data.text,
    });
  }
});
afterAll(async () => {
  await browser?.close();
});

describe('the 2017 outline, in the course', () => {
  it('finds every outline slide, with its items, in course order', () => {
    const all = built.flatMap((b) => b.slides.map((s) => ({ ...s, slug: b.slug })));
    let from = 0;
    const missing: string[] = [];
    for (const slide of outline.slides) {
      const at = all.findIndex((s, i) => i >= from && normalizeText(s.title) === normalizeText(slide.title));
      if (at === -1) {
        missing.push(`diapositive « ${slide.title} » (absente ou hors d’ordre)`);
        continue;
      }
      from = at + 1;
      const text = normalizeText(all[at]?.text ?? '');
      let last = -1;
      for (const item of slide.items) {
        const pos = text.indexOf(normalizeText(item), last + 1);
        if (pos === -1) missing.push(`« ${item} » dans « ${slide.title} » (${all[at]?.slug})`);
        else last = pos;
      }
    }
    expect(missing).toEqual([]);
  });

  it('credits the 2017 talk', async () => {
    await page.goto(siteUrl('/a-propos/'));
    const text = normalizeText((await page.locator('main').textContent()) ?? '');
    for (const credit of outline.credits) expect(text).toContain(normalizeText(credit));
  });
});

describe('lesson prose', () => {
  it.each(lessons.map((l) => l.slug))('%s has at least 500 words of prose', (slug) => {
    const lesson = built.find((b) => b.slug === slug);
    expect(lesson?.proseWords).toBeGreaterThanOrEqual(500);
  });

  it('dates every « Mise à jour »', () => {
    const updates = built.flatMap((b) => b.updates.map((u) => ({ ...u, slug: b.slug })));
    expect(updates.length).toBeGreaterThan(0);
    for (const u of updates) expect(u.datetime, `${u.slug}: ${u.text.slice(0, 80)}`).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  });

  it('keeps the 2017 tools visible and says what became of them', () => {
    const updates = normalizeText(built.flatMap((b) => b.updates.map((u) => u.text)).join(' '));
    for (const fact of ['social studio', 'x pro', 'klout', 'tweetreach', 'talkwalker']) expect(updates).toContain(fact);
  });

  it('has no placeholder text', () => {
    const placeholders = /lorem|ipsum|\btodo\b|\bfixme\b|\btbd\b|à venir|xxx|placeholder/i;
    for (const b of built) expect(b.text, b.slug).not.toMatch(placeholders);
  });

  it('puts a no-break space before « : » and inside guillemets', () => {
    for (const b of built) {
      expect(b.text, b.slug).not.toMatch(/\p{L}[ ]:(?!-\))/u);
      expect(b.text, b.slug).not.toMatch(/« |[ ]»/);
    }
  });
});
