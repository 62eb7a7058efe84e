// The typography rule (src/lib/typography-lint.ts): a no-break space before « : » and inside
// « guillemets », no space before « ; ? ! »; the 2017 talk's verbatim words, keys, comments,
// code and addresses are not read; the fixer mends every break and leaves the rest untouched.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixTypography, lintTypography } from '../../../src/lib/typography-lint';
import { outlineQuotes } from '../../../src/lib/usage-lint';
import { readOutline } from '../../support/content-text';

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
