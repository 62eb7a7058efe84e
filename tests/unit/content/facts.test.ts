// Issue #15 over the course files: the dated 2026 facts are there (each with its date, in one
// block of a lesson), a « Mise à jour » is never repeated in two lessons, distress in comments
// always comes with its three numbers, the corrected facts stay corrected, and every source has
// an address a reader can open, for a lesson that exists.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sourcesFileSchema } from '../../../src/schemas/source';
import { readCourseText } from '../../support/content-text';

const files = readCourseText();
const lessons = files.filter((f) => f.file.includes('/lessons/'));
const slugOf = (file: string) => file.replace(/^.*\/\d+-/, '').replace(/\.mdx$/, '');

/** A lesson's blocks: each <Callout> whole (its date is in its tag), else each paragraph. */
function blocks(text: string): string[] {
  const out: string[] = [];
  const rest = text.replace(/<Callout[\s\S]*?<\/Callout>/g, (c) => {
    out.push(c);
    return '\n\n';
  });
  return [...out, ...rest.split(/\n\s*\n/)].map((b) => b.replace(/[\u00a0\u202f]/g, ' '));
}
const allBlocks = lessons.flatMap((l) => blocks(l.text).map((b) => ({ file: l.file, b })));

/** The dated facts of « Vérifié en novembre 2026 », each as the patterns one block must hold. */
const datedFacts: Record<string, RegExp[]> = {
  'Santé Québec, 1er décembre 2024': [/Santé Québec/, /1er décembre 2024|date="2024-12-01"/],
  'Loi 25 et loi sur les renseignements de santé, 1er juillet 2024': [
    /Loi 25/,
    /Loi sur les renseignements de santé et de services sociaux/,
    /1er juillet 2024|date="2024-07-01"/,
  ],
  '988, 30 novembre 2023, avec 1 866 APPELLE et 811': [
    /\b988\b/,
    /30 novembre 2023|date="2023-11-30"/,
    /1 866 APPELLE/,
    /811/,
  ],
  'TikTok interdit sur les appareils gouvernementaux, février 2023': [
    /TikTok/,
    /appareils/,
    /février 2023|date="2023-02/,
    /Canada/,
    /Québec/,
  ],
  'fin de CrowdTangle, 14 août 2024': [/CrowdTangle/, /14 août 2024|date="2024-08-14"/],
  'Meta retire le ciblage par sujets de santé, janvier 2022': [/cibl/, /santé/, /19 janvier 2022|date="2022-01-19"/],
  'Meta annonce (7 janvier 2025) puis met fin (7 avril 2025) à la vérification des faits aux États-Unis': [
    /vérification des faits/,
    /annoncé le 7 janvier 2025|7 janvier 2025/,
    /7 avril 2025/,
    /États-Unis/,
    /notes de la communauté/,
  ],
  'blocage des nouvelles de tous les médias au Canada, 1er août 2023': [
    /1er août 2023/,
    /canadiens comme étrangers|tous les médias/,
  ],
  'IA générative : divulgation et vérification, 2023': [/IA générative|intelligence artificielle générative/, /2023/, /relit|valide/, /Dites-le|divulg/],
};

describe('the dated 2026 facts', () => {
  it.each(Object.entries(datedFacts))('%s', (_, patterns) => {
    const hit = allBlocks.find(({ b }) => patterns.every((p) => p.test(b)));
    expect(hit, patterns.map(String).join(' & ')).toBeDefined();
  });

  it('puts the three numbers wherever distress in comments is discussed', () => {
    const missing = allBlocks
      .filter(({ b }) => /détresse/.test(b))
      .filter(({ b }) => !(/\b988\b/.test(b) && /1 866 APPELLE/.test(b) && /811/.test(b)))
      .map(({ file, b }) => `${file}: ${b.trim().slice(0, 90)}`);
    expect(missing).toEqual([]);
    for (const quiz of files.filter((f) => f.file.includes('/quizzes/') && /détresse/.test(f.text))) {
      const t = quiz.text.replace(/[\u00a0\s]+/g, ' ');
      expect(t, quiz.file).toMatch(/988/);
      expect(t, quiz.file).toMatch(/1 866 APPELLE/);
      expect(t, quiz.file).toMatch(/811/);
    }
  });

  it('gives the 2022 limit on health-topic targeting wherever a lesson suggests buying ads', () => {
    const suggests = /(?:une|la) publicité (?:peut|payée|ciblée)|budget[^.]{0,60}publicité/;
    const limit = /sujets? de santé|19 janvier 2022|leçon 8/;
    const lessonsWithAds = lessons.filter((l) => suggests.test(l.text.replace(/\u00a0/g, ' ')));
    expect(lessonsWithAds.length).toBeGreaterThan(0);
    for (const l of lessonsWithAds) expect(l.text.replace(/\u00a0/g, ' '), l.file).toMatch(limit);
  });

  it('keeps the corrected readings corrected', () => {
    const prose = lessons.map((l) => ({ file: l.file, t: l.text.replace(/[\u00a0]/g, ' ') }));
    for (const { file, t } of prose) {
      expect(t, file).not.toMatch(/au-delà de Facebook/);
      expect(t, file).not.toMatch(/articles des médias canadiens/);
    }
  });
});

describe('« Mise à jour » notes', () => {
  const updates = lessons.flatMap((l) =>
    [...l.text.matchAll(/<Callout kind="mise-a-jour" date="([^"]+)" title="([^"]+)">/g)].map((m) => ({
      lesson: slugOf(l.file),
      date: m[1] ?? '',
      title: (m[2] ?? '').toLowerCase().replace(/[\u00a0\s]+/g, ' '),
    })),
  );

  it('are found', () => {
    expect(updates.length).toBeGreaterThan(10);
  });

  it('never repeat a title, or a fact’s date, in two lessons', () => {
    const inTwo = (key: 'title' | 'date') =>
      [...Map.groupBy(updates, (u) => u[key])].filter(([, us]) => new Set(us.map((u) => u.lesson)).size > 1).map(
        ([k, us]) => `${k}: ${us.map((u) => u.lesson).join(', ')}`,
      );
    expect(inTwo('title')).toEqual([]);
    expect(inTwo('date')).toEqual([]);
  });
});

describe('sources', () => {
  const data = sourcesFileSchema.parse(parse(readFileSync('content/sources.yaml', 'utf8')));
  const slugs = new Set(lessons.map((l) => slugOf(l.file)));

  it('each have a well-formed https address, a title, a publisher and a date', () => {
    for (const s of data.sources) {
      const url = new URL(s.url);
      expect(url.protocol, s.id).toBe('https:');
      expect(url.hostname, s.id).toMatch(/\.[a-z]{2,}$/);
      expect(s.title.length, s.id).toBeGreaterThan(2);
      expect(s.publisher.length, s.id).toBeGreaterThan(1);
      expect(s.date, s.id).toMatch(/^\d{4}/);
    }
  });

  it('point at lessons that exist, and every lesson that cites a source has one listed', () => {
    for (const s of data.sources) for (const l of s.lessons) expect(slugs.has(l), `${s.id} → ${l}`).toBe(true);
    for (const l of lessons.filter((x) => /Sources?\s?[\u00a0 ]:/.test(x.text))) {
      expect(
        data.sources.some((s) => s.lessons.includes(slugOf(l.file))),
        l.file,
      ).toBe(true);
    }
  });

  it('are linked from every lesson that lists some, and from the closing lesson as a whole', () => {
    for (const l of lessons) {
      const slug = slugOf(l.file);
      if (!data.sources.some((s) => s.lessons.includes(slug))) continue;
      expect(l.text, l.file).toMatch(new RegExp(`<LessonSources (?:lesson="${slug}"|all) />`));
    }
  });
});
