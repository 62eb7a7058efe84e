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

/** Every string inside a parsed YAML value (a quiz's prompts, options, feedback, explanations). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value.replace(/[\u00a0\u202f]/g, ' ')];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

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
  'YouTube : au Canada le 16 mai 2024, santé publique admissible sans demande': [
    /YouTube/,
    /16 mai 2024/,
    /27 octobre 2022/,
    /directions de santé publique[^.]*sans avoir à en faire la demande/,
  ],
  'publicité sur un enjeu de société chez Meta : autorisation au Canada depuis le 25 juin 2019, santé comprise': [
    /autorisation/,
    /25 juin 2019|date="2019-06-25"/,
    /santé/,
    /Payé par/,
    /bibliothèque publicitaire/,
    /sept ans/,
  ],
  'influenceurs payés par l’État : le Québec en 2020, dire qui paie': [
    /influenc/,
    /2020/,
    /gouvernement du Québec/,
    /Partenariat rémunéré/,
    /Bureau de la concurrence/,
  ],
  'vaccin contre la grippe gratuit dès 6 mois, recommandé aux 75 ans et plus': [
    /gratuitement à toute personne de 6 mois et plus/,
    /75 ans et plus/,
    /maladies chroniques/,
    /enceintes/,
  ],
};

describe('the dated 2026 facts', () => {
  it.each(Object.entries(datedFacts))('%s', (_, patterns) => {
    const hit = allBlocks.find(({ b }) => patterns.every((p) => p.test(b)));
    expect(hit, patterns.map(String).join(' & ')).toBeDefined();
  });

  it('puts the three numbers, or the link to them, wherever distress in comments is discussed', () => {
    const missing = allBlocks
      .filter(({ b }) => /détresse/.test(b))
      .filter(({ b }) => !(/\b988\b/.test(b) && /1 866 APPELLE/.test(b) && /811/.test(b)) && !/anchor="ligne-988"/.test(b))
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
      // December 2026 review: the errors and weak phrasings it found stay gone.
      expect(t, file).not.toMatch(/janvier 2023/);
      expect(t, file).not.toMatch(/65 ans et plus|65 ans ou plus/);
      expect(t, file).not.toMatch(/droit gratuitement/);
      expect(t, file).not.toMatch(/Nous n’avons pas pu confirmer|on a rapporté que|mettent en garde|six doigts/);
      expect(t, file).not.toMatch(/ne corrige plus pour vous/);
      expect(t, file).not.toMatch(/Source : Lithium/);
      // The Collège des médecins leaving X has no source the course can cite; its nétiquette has one.
      expect(t, file).not.toMatch(/Collège des médecins[^.]*(?:\bX\b|quitt)/);
    }
    // The « n. d. » of the chart are not the 2018 YouTube figure nor the 18 to 34 Facebook and
    // YouTube ones: those were published and are in the data file.
    const usage = parse(readFileSync('content/data/netendances.yaml', 'utf8')) as {
      series: { id: string; values: Record<string, number> }[];
    };
    expect(usage.series.find((s) => s.id === 'adultes-2018')?.values['youtube']).toBe(64);
    expect(usage.series.find((s) => s.id === '18-34-2024')?.values).toMatchObject({ facebook: 70, youtube: 70, snapchat: 45 });
  });

  it('teaches a published benchmark for the hours, cited and applied, and the course’s own estimate as an estimate with its sum (#25)', () => {
    const action = (lessons.find((l) => l.file.includes('etape-4-action'))?.text ?? '').replace(/\u00a0/g, ' ');
    const estimate = action.slice(action.indexOf('## Estimer le temps'));
    expect(estimate).toMatch(/Aucune norme ne donne/);
    expect(estimate).toMatch(/59 % consacraient 6 heures ou plus par semaine[^.]*11 heures ou plus/);
    expect(estimate).toMatch(/Source : Social Media Examiner, 2012\./);
    expect(estimate).toMatch(/Confrontez ensuite votre total au repère/);
    expect(estimate).toMatch(/sa propre estimation, qui n’est pas une norme/);
    expect(estimate).toMatch(/3 h 45[^.]*5 heures/);
    const plan = readFileSync('content/plan.yaml', 'utf8').replace(/\u00a0/g, ' ');
    for (const t of [action, plan]) expect(t).not.toMatch(/règle du pouce/);
    expect(plan).toMatch(/estimation du module et non une norme/);
    expect(plan).toMatch(/repère publié/);
  });

  it('labels the « Bla bla bla » slide 2017 with nothing but its title, and the example « ajout »', () => {
    const message = (lessons.find((l) => l.file.includes('etape-3-message'))?.text ?? '').replace(/\u00a0/g, ' ');
    const slide = /<Slide title="Bla bla bla">([\s\S]*?)<\/Slide>/.exec(message)?.[1] ?? '';
    expect(slide).toMatch(/<Origin from="2017" \/>/);
    expect(slide.replace(/<Notes>[\s\S]*?<\/Notes>/, '').replace(/<Origin[^>]*>/, '').trim()).toBe('');
    expect(message).toMatch(/<Slide title="Exemple : un message que personne ne lit">\s*<Origin from="ajout" \/>\s*> Dans le cadre/);
  });
});

describe('« Mise à jour » notes', () => {
  const updates = lessons.flatMap((l) =>
    [...l.text.matchAll(/<Callout kind="mise-a-jour" date="([^"]+)" title="([^"]+)"[^>]*>/g)].map((m) => ({
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

describe('one home per fact', () => {
  // Where a dated fact can be told: each lesson's blocks, each platform card of lesson 8 (a card
  // is its own place: a fact told in a card and in a callout is told twice), and each question of
  // a practice quiz, counted as its lesson's (the quiz under a lesson may ask about what that
  // lesson teaches; a quiz that retells another lesson's fact tells it twice). The final
  // evaluation is left out: it asks about every lesson by design.
  const cards = files
    .filter((f) => f.file.includes('/platforms/'))
    .map((f) => ({ file: f.file, b: String((parse(f.text) as { update: { text: string } }).update.text) }));
  const lessonFile = new Map(lessons.map((l) => [slugOf(l.file), l.file]));
  interface QuizFile {
    id: string;
    mode: string;
    questions?: unknown[];
  }
  /** A practice quiz's places: one per question (prompt, options, feedback and explanation together), as its lesson's. */
  const quizPlaces = (quiz: QuizFile) =>
    quiz.mode === 'practice' && lessonFile.has(quiz.id)
      ? (quiz.questions ?? []).map((q) => ({ file: lessonFile.get(quiz.id) ?? '', b: stringsOf(q).join('\n') }))
      : [];
  const quizTexts = files.filter((f) => f.file.includes('/quizzes/')).flatMap((f) => quizPlaces(parse(f.text) as QuizFile));
  const places = [...allBlocks, ...cards, ...quizTexts];
  const toldIn = (patterns: RegExp[], where = places) =>
    [...new Set(where.filter(({ b }) => patterns.every((p) => p.test(b))).map(({ file }) => file))];

  /** The repeated facts of the December 2026 review: what telling each one takes, date included. */
  const repeated: Record<string, RegExp[]> = {
    'Hootsuite acquiert Talkwalker': [/Talkwalker/, /2024/],
    'Twitter devient X': [/Twitter/, /juillet 2023/],
    'l’API de X devient payante': [/API/, /2023/],
    'Meta bloque les nouvelles au Canada': [/nouvelles/, /août 2023/],
    'Meta retire le ciblage par sujets de santé': [/cibl/, /janvier 2022|novembre 2021/],
    'Meta met fin à la vérification des faits': [/vérification des faits/, /2025/],
    'Santé Québec, employeur du réseau': [/Santé Québec/, /décembre 2024/],
    'la norme fédérale sur les comptes': [/[Nn]orme/, /mars 2025/],
    'les numéros de crise au complet': [/277-3553/],
    'l’IA générative': [/IA générative|intelligence artificielle générative/, /2023/],
    'l’OMS sur TikTok': [/OMS|Organisation mondiale de la Santé/, /TikTok/, /2020/],
    'le scénario ITSS, Instagram ou TikTok': [/ITSS/, /TikTok/],
    'l’autorisation de Meta pour une publicité sur la santé': [/Payé par|autorisation préalable/, /2019/],
    'les influenceurs sous contrat avec le gouvernement du Québec': [/influenc/, /2020/],
    'l’effet du test sur la mémoire (Roediger et Karpicke, 2006)': [/Roediger/, /2006/],
    'l’OMS et l’infodémie': [/infodémie/, /OMS|Organisation mondiale de la Santé/, /2020/],
  };

  it.each(Object.entries(repeated))('%s is told in one place, linked from the others', (_, patterns) => {
    expect(toldIn(patterns)).toHaveLength(1);
  });

  it('reads the practice quizzes as places (a quiz that retells another lesson’s fact fails)', () => {
    expect(new Set(quizTexts.map((q) => q.file)).size).toBeGreaterThanOrEqual(10);
    const fact = [/Talkwalker/, /2024/];
    expect(toldIn(fact)).toHaveLength(1);
    // Lesson 1's quiz, with a question that tells the fact across its prompt and its feedback.
    const question = { prompt: 'Qui a acquis Talkwalker?', answer: true, feedback: { whenTrue: 'Hootsuite, en 2024.' } };
    const retold = quizPlaces({ id: 'medias-de-masse-et-medias-sociaux', mode: 'practice', questions: [question] });
    expect(retold.map((p) => p.file)).toEqual([lessonFile.get('medias-de-masse-et-medias-sociaux')]);
    expect(toldIn(fact, [...places, ...retold])).toHaveLength(2);
    // The same question in the quiz of lesson 3, where the fact is told, is not a second place.
    const own = quizPlaces({ id: 'etape-1-veille', mode: 'practice', questions: [question] });
    expect(toldIn(fact, [...places, ...own])).toHaveLength(1);
  });

  it('writes the day of each dated « Mise à jour » in one lesson only', () => {
    const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
    const days = lessons.flatMap((l) =>
      [...l.text.matchAll(/<Callout kind="mise-a-jour" date="(\d{4})-(\d{2})-(\d{2})"/g)].map((m) => {
        const day = Number(m[3]);
        return `${day === 1 ? '1er' : day} ${months[Number(m[2]) - 1]} ${m[1]}`;
      }),
    );
    expect(days.length).toBeGreaterThan(10);
    const twice = days
      .map((d) => ({ d, in: toldIn([new RegExp(`(?<!\\d)${d}`)]) }))
      .filter((x) => x.in.length > 1)
      .map((x) => `${x.d}: ${x.in.join(', ')}`);
    expect(twice).toEqual([]);
  });

  it('links to an anchor that a callout of the target lesson carries', () => {
    const anchors = new Map(lessons.map((l) => [slugOf(l.file), [...l.text.matchAll(/<Callout[^>]* id="([^"]+)"/g)].map((m) => m[1])]));
    const links = lessons.flatMap((l) =>
      [...l.text.matchAll(/<LessonLink to="([a-z0-9-]+)"(?: anchor="([a-z0-9-]+)")?>/g)].map((m) => ({ from: l.file, lesson: m[1] ?? '', id: m[2] })),
    );
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(anchors.has(link.lesson), `${link.from} → ${link.lesson}`).toBe(true);
      if (link.id) expect(anchors.get(link.lesson), `${link.from} → ${link.lesson}#${link.id}`).toContain(link.id);
    }
  });
});

describe('short citations', () => {
  const data = sourcesFileSchema.parse(parse(readFileSync('content/sources.yaml', 'utf8')));
  const byCite = new Map(data.sources.map((s) => [s.cite, s]));
  const citations = lessons.flatMap((l) =>
    [...l.text.replace(/\u00a0/g, ' ').matchAll(/Sources? : ([^\n<]+?)\.?\s*$/gm)].flatMap((m) =>
      (m[1] ?? '').split(';').map((c) => ({ lesson: slugOf(l.file), cite: c.trim() })),
    ),
  );

  it('each name one source of content/sources.yaml, which lists the lesson', () => {
    expect(citations.length).toBeGreaterThan(30);
    for (const { lesson, cite } of citations) {
      const source = byCite.get(cite);
      expect(source, `${lesson} : « ${cite} »`).toBeDefined();
      expect(source?.lessons, `${cite} → ${lesson}`).toContain(lesson);
    }
  });

  it('name the sources of the platform cards too', () => {
    for (const card of files.filter((f) => f.file.includes('/platforms/'))) {
      for (const cite of (parse(card.text) as { update: { sources: string[] } }).update.sources) {
        expect(byCite.has(cite), `${card.file} : « ${cite} »`).toBe(true);
      }
    }
  });

  it('are unique, and the schema refuses a duplicate', () => {
    expect(new Set(data.sources.map((s) => s.cite.toLowerCase())).size).toBe(data.sources.length);
    const [first, second] = data.sources;
    const twice = { sources: [first, { ...second, cite: first?.cite }] };
    expect(sourcesFileSchema.safeParse(twice).success).toBe(false);
  });

  it('give every source a review date, and say whether its address was confirmed', () => {
    for (const s of data.sources) {
      expect(s.checked, s.id).toMatch(/^20\d{2}/);
      expect(typeof s.urlVerified, s.id).toBe('boolean');
    }
    // Home pages do not state a dated fact: none is presented as checked.
    for (const s of data.sources.filter((x) => new URL(x.url).pathname.replace(/\/(fr|en)?\/?$/, '') === '')) {
      expect(s.urlVerified, `${s.id} : ${s.url}`).toBe(false);
    }
  });
});
