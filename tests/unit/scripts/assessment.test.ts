// The pilot's exam writer, scorer and draw simulation (scripts/assessment-core.ts) on a tiny bank:
// exams hide keys and feedback, answers are scored with the site's rules, rounds merge, and the
// simulation uses the site's draw rule (one item per lesson first).
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  buildExam,
  itemTable,
  mergeRounds,
  readBank,
  replaceBetweenMarkers,
  REPORT_END,
  REPORT_START,
  scoreReader,
  simulateDraws,
  type ExamKey,
  type ReaderResult,
} from '../../../scripts/assessment-core';

const fixture = {
  id: 'banque',
  title: 'Banque',
  mode: 'evaluation',
  passMark: 80,
  draw: 2,
  questions: [
    {
      id: 'un',
      lesson: 'lecon-a',
      objective: 'Objectif A.',
      kind: 'single',
      exhibit: {
        title: 'Fil de commentaires',
        thread: [{ author: 'Julie T.', time: '22 h 12', text: 'Une question?', likes: 4 }],
      },
      prompt: 'Que répondre?',
      options: [
        { id: 'bon', text: 'La bonne réponse', correct: true, feedback: 'SECRET-FEEDBACK-1' },
        { id: 'mauvais', text: 'Une erreur courante', feedback: 'SECRET-FEEDBACK-2' },
        { id: 'autre', text: 'Une autre erreur', feedback: 'SECRET-FEEDBACK-3' },
      ],
      explanation: 'SECRET-EXPLANATION',
    },
    {
      id: 'deux',
      lesson: 'lecon-a',
      objective: 'Objectif A.',
      kind: 'multiple',
      exhibit: { title: 'Tableau', table: { columns: ['Indicateur', 'Mai'], rows: [['Clics | lien', '900']] } },
      prompt: 'Cochez tout ce qui s’applique.',
      options: [
        { id: 'x', text: 'Premier bon', correct: true, feedback: 'f' },
        { id: 'y', text: 'Second bon', correct: true, feedback: 'f' },
        { id: 'z', text: 'Mauvais', feedback: 'f' },
      ],
      explanation: 'e',
    },
    {
      id: 'trois',
      lesson: 'lecon-b',
      objective: 'Objectif B.',
      kind: 'ordering',
      prompt: 'Dans l’ordre.',
      items: [
        { id: 'p1', text: 'Veille' },
        { id: 'p2', text: 'Objectif' },
        { id: 'p3', text: 'Message' },
      ],
      explanation: 'e',
    },
    {
      id: 'quatre',
      lesson: 'lecon-b',
      objective: 'Objectif B.',
      kind: 'matching',
      prompt: 'Associez.',
      pairs: [
        { id: 'm1', left: 'Facebook', right: 'Population' },
        { id: 'm2', left: 'LinkedIn', right: 'Professionnels' },
      ],
      explanation: 'e',
    },
  ],
};
const bank = readBank(stringify(fixture));

/** The answers a reader would write to get every item of `key` right (or wrong). */
function answersFor(key: ExamKey, right: (id: string) => boolean): Record<string, unknown> {
  const letterOf = (item: ExamKey['items'][number], id: string) =>
    Object.entries(item.letters ?? {}).find(([, v]) => v === id)?.[0];
  const out: Record<string, unknown> = {};
  for (const item of key.items) {
    const ok = right(item.id);
    const n = String(item.n);
    if (item.id === 'un') out[n] = letterOf(item, ok ? 'bon' : 'mauvais');
    if (item.id === 'deux') out[n] = ok ? [letterOf(item, 'x'), letterOf(item, 'y')] : [letterOf(item, 'z')];
    if (item.id === 'trois') out[n] = (ok ? ['p1', 'p2', 'p3'] : ['p3', 'p2', 'p1']).map((id) => letterOf(item, id));
    if (item.id === 'quatre') {
      const rightLetter = (pair: string) => Object.entries(item.rights ?? {}).find(([, v]) => v === pair)?.[0];
      out[n] = Object.fromEntries(
        Object.entries(item.lefts ?? {}).map(([num, pair]) => [
          num,
          rightLetter(ok ? pair : pair === 'm1' ? 'm2' : 'm1'),
        ]),
      );
    }
  }
  return out;
}

function result(reader: string, credits: Record<string, number>, round = 'round1'): ReaderResult {
  return {
    reader,
    group: reader.startsWith('nc') ? 'sans-cours' : 'avec-cours',
    round,
    credits: new Map(Object.entries(credits)),
    stale: [],
  };
}

describe('buildExam', () => {
  const { markdown, key } = buildExam(bank.questions, 'nc1', 'round1');

  it('shows items, exhibits and options, and no key, feedback, explanation or lesson', () => {
    expect(markdown).toContain('Julie T.');
    expect(markdown).toContain('Clics \\| lien');
    expect(markdown).toContain('La bonne réponse');
    for (const hidden of ['SECRET', 'lecon-a', 'Objectif A.', 'correct']) expect(markdown).not.toContain(hidden);
    expect(markdown).toMatch(/"answers"/);
  });

  it('keeps a key that maps every letter back to the bank', () => {
    expect(key.items.map((i) => i.id).sort()).toEqual(['deux', 'quatre', 'trois', 'un']);
    const single = key.items.find((i) => i.id === 'un');
    expect(Object.values(single?.letters ?? {}).sort()).toEqual(['autre', 'bon', 'mauvais']);
  });

  it('is the same for the same reader and differs between readers', () => {
    expect(buildExam(bank.questions, 'nc1', 'round1').markdown).toBe(markdown);
    const others = ['nc2', 'c1', 'c2', 'c3'].map((r) => buildExam(bank.questions, r, 'round1').key);
    const orders = others.map((k) => JSON.stringify(k.items.map((i) => [i.id, i.letters])));
    expect(new Set([JSON.stringify(key.items.map((i) => [i.id, i.letters])), ...orders]).size).toBeGreaterThan(1);
  });
});

describe('scoreReader', () => {
  const { key } = buildExam(bank.questions, 'c1', 'round1');

  it('gives full credit to right answers and none to wrong ones', () => {
    const right = scoreReader(
      bank.questions,
      key,
      answersFor(key, () => true),
    );
    expect([...right.credits.values()]).toEqual([1, 1, 1, 1]);
    const wrong = scoreReader(
      bank.questions,
      key,
      answersFor(key, () => false),
    );
    expect([...wrong.credits.values()].every((c) => c === 0)).toBe(true);
    expect(right.group).toBe('avec-cours');
  });

  it('gives the site’s partial credit, and nothing for a missing answer', () => {
    const answers = answersFor(key, () => true);
    const multiple = key.items.find((i) => i.id === 'deux');
    const x = Object.entries(multiple?.letters ?? {}).find(([, v]) => v === 'x')?.[0];
    answers[String(multiple?.n)] = [x];
    delete answers[String(key.items.find((i) => i.id === 'un')?.n)];
    const r = scoreReader(bank.questions, key, answers);
    expect(r.credits.get('deux')).toBe(0.5);
    expect(r.credits.get('un')).toBe(0);
  });

  it('drops answers to an item that has been rewritten since the exam', () => {
    const rewritten = bank.questions.map((q) => (q.id === 'un' ? { ...q, fingerprint: 'autre' } : q));
    const r = scoreReader(
      rewritten,
      key,
      answersFor(key, () => true),
    );
    expect(r.stale).toEqual(['un']);
    expect(r.credits.has('un')).toBe(false);
  });
});

describe('mergeRounds and itemTable', () => {
  it('lets a later round replace an item’s credit and flags what must be rewritten', () => {
    const merged = mergeRounds([
      result('nc1', { un: 1, deux: 0, trois: 0, quatre: 0 }),
      result('c1', { un: 1, deux: 1, trois: 0, quatre: 1 }),
      result('nc1', { un: 0 }, 'round2'),
    ]);
    expect(merged.find((r) => r.reader === 'nc1')?.credits.get('un')).toBe(0);
    const rows = itemTable(bank.questions, [
      ...merged,
      result('nc2', { un: 1, deux: 0, trois: 1, quatre: 0 }),
      result('c2', { un: 1, deux: 1, trois: 0, quatre: 1 }),
    ]);
    const row = (id: string) => rows.find((r) => r.id === id);
    expect(row('un')).toMatchObject({ sans: 0.5, avec: 1, diff: 0.5 });
    expect(row('un')?.flag).toContain('réussie sans le cours');
    expect(row('trois')?.flag).toContain('moins réussie avec le cours');
    expect(row('deux')).toMatchObject({ sans: 0, avec: 1, flag: '' });
  });
});

describe('simulateDraws', () => {
  it('scores every draw with the site’s draw rule, which covers every lesson', () => {
    const sim = simulateDraws(
      bank.quiz,
      [
        result('c1', { un: 1, deux: 1, trois: 1, quatre: 1 }),
        result('nc1', { un: 1, deux: 1, trois: 0, quatre: 0 }),
        result('nc2', { un: 0, deux: 0, trois: 0, quatre: 0 }),
      ],
      500,
    );
    const reader = (name: string) => sim.perReader.find((r) => r.reader === name);
    expect(reader('c1')).toMatchObject({ meanPercent: 100, passShare: 1 });
    // Two items drawn, one from each lesson: knowing all of lesson A only is always 50 %.
    expect(reader('nc1')?.meanPercent).toBeCloseTo(50, 9);
    expect(reader('nc1')?.passShare).toBe(0);
    // The group pools its readers item by item: lesson A's item is right half the time, B's never.
    const sans = sim.perGroup.find((g) => g.group === 'sans-cours');
    expect(sans).toMatchObject({ readers: 2, passShare: 0 });
    expect(sans?.meanPercent).toBeGreaterThan(20);
    expect(sans?.meanPercent).toBeLessThan(30);
    expect(sim.missing).toEqual([]);
    expect(sim.excluded).toEqual([]);
  });

  it('reports the items some reader has no data for', () => {
    const sim = simulateDraws(bank.quiz, [result('c1', { un: 1, deux: 1, trois: 1 })], 50);
    expect(sim.missing).toEqual(['quatre']);
    // Counting the unanswered item 0 would misstate the reader: they are left out, and named.
    expect(sim.excluded).toEqual(['c1']);
    expect(sim.perReader).toEqual([]);
    expect(sim.perGroup).toEqual([]);
  });

  it('pools a group across rounds: a rewritten item is scored with the readers of its new version', () => {
    const sim = simulateDraws(
      bank.quiz,
      [
        result('c1', { un: 1, deux: 1, trois: 1 }),
        result('c2', { quatre: 1 }, 'round2'),
        result('nc1', { un: 0, deux: 0, trois: 0 }),
        result('nc2', { quatre: 0 }, 'round2'),
      ],
      200,
    );
    expect(sim.excluded).toEqual(['c1', 'c2', 'nc1', 'nc2']);
    expect(sim.perGroup).toEqual([
      { group: 'sans-cours', readers: 2, meanPercent: 0, passShare: 0 },
      { group: 'avec-cours', readers: 2, meanPercent: 100, passShare: 1 },
    ]);
  });
});

describe('replaceBetweenMarkers', () => {
  it('replaces the generated block and keeps the prose around it', () => {
    const doc = `# Titre\n\nProse.\n\n${REPORT_START}\nancien\n${REPORT_END}\n\nSuite.\n`;
    const once = replaceBetweenMarkers(doc, 'nouveau');
    expect(once).toContain('Prose.');
    expect(once).toContain('Suite.');
    expect(once).toContain('nouveau');
    expect(once).not.toContain('ancien');
    expect(replaceBetweenMarkers(once, 'nouveau')).toBe(once);
    expect(replaceBetweenMarkers('# Titre\n', 'x')).toContain(`${REPORT_START}\n\nx\n\n${REPORT_END}`);
  });
});
