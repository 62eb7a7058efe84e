import { describe, expect, it } from 'vitest';
import {
  formatFindings,
  lintUsage,
  maskVerbatim,
  normalizeQuote,
  outlineQuotes,
} from '../../../../src/build-time/lint/usage-lint';

const outline = {
  slides: [
    { title: 'Opportunités', items: ['Rejoindre certaines clientèles (ex.: les jeunes)'] },
    { title: 'Utiliser Twitter', items: ['Opportunités: #hashtag (mot-clic) et retweets'] },
  ],
};
const quotes = outlineQuotes(outline);
const rules = (file: string, text: string) => lintUsage(file, text, quotes).map((f) => f.rule);

describe('usage lint', () => {
  it('finds each forbidden form, with its line and column', () => {
    const bad = [
      '---',
      'title: "Les opportunités"',
      '---',
      'Pour rejoindre les jeunes, un appel à l’action clair.',
      'Ce vaccin est sécuritaire et efficace.',
      'Selon CDC (2011) et ECCC, chez les 18-34 ans, selon la Covid.',
      'Un hashtag, un e-mail, Info-santé, Netendances.',
    ].join('\n');
    const findings = lintUsage('content/lessons/01-x.mdx', bad, quotes);
    expect(findings.map((f) => f.rule)).toEqual([
      'opportunites',
      'rejoindre',
      'appel-a-l-action',
      'securitaire-vaccin',
      'cdc-sans-article',
      'eccc',
      'intervalle',
      'covid',
      'hashtag',
      'courriel',
      'info-sante',
      'netendances',
    ]);
    expect(findings[0]).toMatchObject({ line: 2, column: 13, found: 'opportunités' });
    expect(findings[1]).toMatchObject({ line: 4, column: 6, found: 'rejoindre' });
    expect(formatFindings(findings.slice(0, 1))).toBe(
      'content/lessons/01-x.mdx:2:13  [opportunites] «\u00a0opportunités\u00a0» → écrire « occasion(s) »; « Opportunités » reste dans les titres des diapositives de 2017',
    );
  });

  it('accepts the house forms', () => {
    const good = [
      'Pour joindre les jeunes, une incitation à l’action. Ce vaccin est sûr.',
      'Selon les CDC (2011), des CDC, aux CDC; Environnement et Changement climatique Canada.',
      'Chez les 18 à 34 ans, pendant la COVID-19, un mot-clic, un courriel, Info-Santé 811.',
      'Des infirmières et des infirmiers, les professionnelles et',
      '  professionnels, des chercheuses et chercheurs.',
    ].join('\n');
    expect(rules('content/lessons/01-x.mdx', good)).toEqual([]);
  });

  it('flags a masculine plural written without its doublet', () => {
    expect(rules('content/quizzes/q.yaml', 'text: "Les infirmiers de la région"')).toEqual(['doublet-infirmiers']);
    expect(rules('content/quizzes/q.yaml', 'text: "Les infirmières et les infirmiers"')).toEqual([]);
  });

  it('leaves the talk’s own words verbatim: 2017 slides, quotations, outline strings, 2017 profile fields', () => {
    const mdx = [
      '<Slide title="Opportunités">',
      '',
      '- Rejoindre certaines clientèles (ex. : les jeunes)',
      '',
      '<Notes>',
      '',
      'Rejoindre des clientèles.',
      '',
      '</Notes>',
      '</Slide>',
      'La conférence disait « rejoindre certaines clientèles (ex. : les jeunes) ».',
      'left: "Rejoindre certaines clientèles"',
    ].join('\n');
    const findings = lintUsage('content/lessons/01-x.mdx', mdx, quotes);
    // Only the trainer's notes, which are the module's prose, are read.
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['rejoindre', 7]]);
    expect(rules('content/platforms/x.yaml', 'opportunities: "Le #hashtag (mot-clic) et les retweets"')).toEqual([]);
    expect(rules('content/quizzes/q.yaml', 'text: "Le #hashtag de la campagne"')).toEqual(['hashtag']);
  });

  it('does not mask a slide the module added, even when it mentions the talk', () => {
    const mdx = '<Slide title="Cas fil rouge">\n\n- Rejoindre les parents\n\n</Slide>';
    expect(rules('content/lessons/01-x.mdx', mdx)).toEqual(['rejoindre']);
  });

  it('keeps line numbers when it masks', () => {
    const text = 'import X from "y";\n« Opportunités »\nrejoindre';
    const masked = maskVerbatim('content/lessons/a.mdx', text, quotes);
    expect(masked.split('\n')).toHaveLength(3);
    expect(masked.length).toBe(text.length);
    expect(normalizeQuote(' Ex.\u00a0: les Jeunes ')).toBe('ex.:lesjeunes');
  });
});
