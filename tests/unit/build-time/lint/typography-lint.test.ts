// The typography rule (src/build-time/lint/typography-lint.ts): a no-break space before « : » and inside
// « guillemets », no space before « ; ? ! », a no-break space on each side of the « h » of a time
// or a duration (« 16 h 30 », « 23 h »); the 2017 talk's verbatim words, keys, comments,
// code and addresses are not read; the fixer mends every break and leaves the rest untouched.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixTypography, lintTypography } from '../../../../src/build-time/lint/typography-lint';
import { outlineQuotes } from '../../../../src/build-time/lint/usage-lint';
import { readOutline } from '../../../support/content-text';

const quotes = outlineQuotes(readOutline());
const lint = (file: string, text: string) => lintTypography(file, text, quotes);
const rules = (file: string, text: string) => lint(file, text).map((f) => f.rule);

describe('lintTypography', () => {
  it('accepts text that follows the rule', () => {
    expect(lint('a.mdx', 'Une phrase\u00a0: «\u00a0oui\u00a0»; vraiment? Oui!\n')).toEqual([]);
  });

  it('finds an ordinary space, or none, before a colon', () => {
    expect(rules('a.mdx', 'Titre : suite\n')).toEqual(['avant-deux-points']);
    expect(rules('a.mdx', 'Titre: suite\n')).toEqual(['avant-deux-points']);
    expect(rules('a.mdx', 'Titre\u202f: suite\n')).toEqual(['avant-deux-points']);
  });

  it('reads MDX headings, and skips only YAML comments', () => {
    expect(rules('a.mdx', '## Payer pour joindre : publicité\n')).toEqual(['avant-deux-points']);
    expect(rules('a.yaml', '# Leçon 6 — Étape 4 : l’action\nid: x\n')).toEqual([]);
  });

  it('finds guillemets without a no-break space inside', () => {
    expect(rules('a.mdx', 'Il dit « oui » et «non».\n')).toEqual([
      'guillemets',
      'guillemets',
      'guillemets',
      'guillemets',
    ]);
  });

  it('finds any space before ; ? !', () => {
    expect(rules('a.mdx', 'Un ; deux\u00a0? trois\u202f!\n')).toEqual([
      'avant-ponctuation-haute',
      'avant-ponctuation-haute',
      'avant-ponctuation-haute',
    ]);
  });

  it('says where: file, line and column', () => {
    const [f] = lint('a.mdx', 'Ligne un.\nDeux ?\n');
    expect(f).toMatchObject({ file: 'a.mdx', line: 2, column: 6, rule: 'avant-ponctuation-haute' });
  });

  it('does not read keys, comments, link targets, addresses, tables or emoticons', () => {
    const yaml = '# Un commentaire : libre ; ici\ntitle: "Bien\u00a0: oui"\nitems: [{ field: date, header: "Date" }]\n';
    expect(lint('a.yaml', yaml)).toEqual([]);
    expect(lint('a.mdx', 'Voir [ceci](../x/#y) et https://exemple.ca/a:b.\n\n| :--- | ---: |\n')).toEqual([]);
  });

  it('keeps the 2017 talk verbatim where the course quotes it', () => {
    const slide =
      '<Slide title="Pièges à éviter">\n\n- Suivre mes conseils à la lettre! :-)\n\n<Notes>\n\nBien.\n\n</Notes>\n';
    expect(lint('a.mdx', slide)).toEqual([]);
  });

  it('reads only the strings of a TypeScript file, with \\u00a0 as a no-break space', () => {
    const found = lint('tests/fixtures/typography/bad.ts', readFileSync('tests/fixtures/typography/bad.ts', 'utf8'));
    expect(found.map((f) => [f.line, f.rule])).toEqual([
      [4, 'avant-deux-points'],
      [5, 'avant-ponctuation-haute'],
      [6, 'avant-deux-points'],
    ]);
  });

  it('finds times and durations without a no-break space on each side of the « h »', () => {
    expect(rules('a.mdx', 'De 8h30 à 16 h 30.\n')).toEqual(['heures', 'heures', 'heures', 'heures']);
    expect(rules('a.mdx', 'Jusqu’à 23 h; puis 23h.\n')).toEqual(['heures', 'heures']);
    expect(rules('a.mdx', 'En moyenne 3\u202fh\u00a041 par jour.\n')).toEqual(['heures']);
    expect(rules('a.yaml', 'heures: "5 h par semaine"\n')).toEqual(['heures']);
  });

  it('accepts times written with U+00A0, and what is not a time', () => {
    expect(lint('a.mdx', 'De 9\u00a0h\u00a030 à 17\u00a0h, 1\u00a0h\u00a015 par semaine.\n')).toEqual([]);
    expect(lint('a.mdx', '4 heures, 24 heures sur 24, H1N1, 2017 h, 4,5 h, `16h30`, https://x.ca/16h30.\n')).toEqual(
      [],
    );
  });

  it('says where each side of a time breaks the rule, on the times fixture', () => {
    const file = 'tests/fixtures/typography/heures.mdx';
    const found = lint(file, readFileSync(file, 'utf8')).filter((f) => f.rule === 'heures');
    expect(found.map((f) => [f.line, f.column])).toEqual([
      [5, 22],
      [5, 23],
      [5, 39],
      [5, 41],
      [7, 19],
      [9, 13],
      [9, 15],
      [9, 33],
      [9, 35],
      [13, 21],
    ]);
  });

  it('fails on the bad fixture', () => {
    const text = readFileSync('tests/fixtures/typography/bad.mdx', 'utf8');
    expect(lint('tests/fixtures/typography/bad.mdx', text).length).toBeGreaterThanOrEqual(5);
  });
});

describe('fixTypography', () => {
  it('mends every break and touches nothing else', () => {
    const file = 'tests/fixtures/typography/bad.mdx';
    const text = readFileSync(file, 'utf8');
    const fixed = fixTypography(file, text, quotes);
    expect(lint(file, fixed)).toEqual([]);
    expect(fixed).toContain('Une phrase\u00a0: et «\u00a0des guillemets\u00a0»; puis une question?');
    expect(fixed).toContain('title: "Étape 1\u00a0: la veille"');
    expect(fixed).toContain('- Suivre mes conseils à la lettre! :-)');
    expect(fixed).toContain('| :--- | ---: |');
    expect(fixed).toContain('https://exemple.ca/a:b.');
    expect(fixTypography(file, fixed, quotes)).toBe(fixed);
  });

  it('writes times with a no-break space on each side of the « h », and only times', () => {
    const file = 'tests/fixtures/typography/heures.mdx';
    const fixed = fixTypography(file, readFileSync(file, 'utf8'), quotes);
    expect(lint(file, fixed)).toEqual([]);
    expect(fixed).toContain('ouvre à 8\u00a0h\u00a030 et ferme à 16\u00a0h\u00a030.');
    expect(fixed).toContain('à 23\u00a0h; la nuit');
    expect(fixed).toContain('3\u00a0h\u00a041 par jour, et 1\u00a0h\u00a015 par semaine');
    expect(fixed).toContain('4 heures par semaine ou 24 heures sur 24.');
    expect(fixed).toContain('https://exemple.ca/16h30, ni `16h30`.');
    expect(fixTypography(file, 'Ouvert de 9h à 17h.', quotes)).toBe('Ouvert de 9\u00a0h à 17\u00a0h.');
    expect(fixTypography('a.ts', "const t = 'De 9 h 30 à 17 h';", quotes)).toBe(
      "const t = 'De 9\\u00a0h\\u00a030 à 17\\u00a0h';",
    );
  });

  it('writes \\u00a0 escapes in TypeScript and removes them before ; ? !', () => {
    const file = 'tests/fixtures/typography/bad.ts';
    const fixed = fixTypography(file, readFileSync(file, 'utf8'), quotes);
    expect(fixed).toContain("colon: 'Titre\\u00a0: sous-titre'");
    expect(fixed).toContain("question: 'Vraiment?'");
    expect(fixed).toContain('`Leçon ${n}\\u00a0: suite`');
    expect(fixed).toContain('// A comment : in English ; never read.');
    expect(lint(file, fixed)).toEqual([]);
  });
});
