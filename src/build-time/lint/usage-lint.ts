/**
 * The course's usage lint: finds the forms the house style forbids in course text (« rejoindre »
 * un public, « appel à l'action », « opportunités », « CDC » without its article, « 18-34 ans »…)
 * and says where, as file:line:column. Pure: the caller reads the files and gives the 2017
 * outline's own words, which stay verbatim wherever the course quotes the talk.
 *
 * What is not linted: the slides that quote the talk (a `<Slide>` whose title is an outline title,
 * up to its notes), a « quotation » or "string" that is exactly an outline item, the platform
 * profiles' 2017 fields, import lines, YAML comments and identifiers, and addresses.
 */

/** One forbidden form. */
export interface UsageRule {
  /** Short id, shown in reports (ex. « rejoindre »). */
  id: string;
  /** What to match. Must carry the g flag. */
  pattern: RegExp;
  /** What to write instead, in French. */
  message: string;
  /** Where the rule applies: every file, or only files whose path matches. */
  only?: RegExp;
}

/** One finding: where, which rule, and the text found. */
export interface UsageFinding {
  file: string;
  line: number;
  column: number;
  rule: string;
  found: string;
  message: string;
}

const SP = '[\\s\\u00a0\\u202f]';
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\d])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\d])';

/**
 * Feminine and masculine plural pairs the lessons write as doublets (« des infirmières et des
 * infirmiers »): a masculine plural alone is flagged wherever the lint runs.
 */
const doublets: readonly (readonly [string, string])[] = [
  ['infirmières', 'infirmiers'],
  ['professionnelles', 'professionnels'],
  ['candidates', 'candidats'],
  ['usagères', 'usagers'],
  ['chercheuses', 'chercheurs'],
  ['pharmaciennes', 'pharmaciens'],
  ['citoyennes', 'citoyens'],
  ['intervenantes', 'intervenants'],
];

/** The house rules, from issue #15 (« One voice »). */
const usageRules: readonly UsageRule[] = [
  {
    id: 'rejoindre',
    pattern: new RegExp(`${NOT_LETTER_BEFORE}rejoi(?:n|gn)\\p{L}*`, 'giu'),
    message: 'écrire « joindre » (un public, une clientèle); « rejoindre » reste dans les citations de 2017',
  },
  {
    id: 'appel-a-l-action',
    pattern: new RegExp(`appels?${SP}+à${SP}+l['’]action`, 'giu'),
    message: 'écrire « incitation à l’action »',
  },
  {
    id: 'securitaire-vaccin',
    pattern: new RegExp(
      `vaccin\\p{L}*[^.!?]{0,80}?${NOT_LETTER_BEFORE}sécuritaires?${NOT_LETTER_AFTER}|${NOT_LETTER_BEFORE}sécuritaires?${NOT_LETTER_AFTER}[^.!?]{0,40}?vaccin`,
      'giu',
    ),
    message: 'un vaccin est « sûr », pas « sécuritaire »',
  },
  {
    id: 'opportunites',
    pattern: new RegExp(`${NOT_LETTER_BEFORE}opportunités?${NOT_LETTER_AFTER}`, 'giu'),
    message: 'écrire « occasion(s) »; « Opportunités » reste dans les titres des diapositives de 2017',
  },
  {
    id: 'cdc-sans-article',
    pattern: new RegExp(`(?<!(?:[Ll]es|[Dd]es|[Aa]ux)${SP})${NOT_LETTER_BEFORE}CDC${NOT_LETTER_AFTER}`, 'gu'),
    message: 'écrire « les CDC » (des CDC, aux CDC)',
  },
  {
    id: 'eccc',
    pattern: new RegExp(`${NOT_LETTER_BEFORE}(?:ECCC|Environnement${SP}+Canada)${NOT_LETTER_AFTER}`, 'gu'),
    message: 'écrire « Environnement et Changement climatique Canada »',
  },
  {
    id: 'oms-nom',
    pattern: /Organisation mondiale de la santé/g,
    message: 'écrire « Organisation mondiale de la Santé » (ou « OMS »)',
  },
  {
    id: 'info-sante',
    pattern: new RegExp(`Info${SP}+[Ss]anté|Info-santé|Info${SP}+[Ss]ocial|Info-social`, 'gu'),
    message: 'écrire « Info-Santé 811 » et « Info-Social 811 »',
  },
  {
    id: 'covid',
    pattern: new RegExp(`${NOT_LETTER_BEFORE}(?:Covid|covid|COVID(?!-19))${NOT_LETTER_AFTER}`, 'gu'),
    message: 'écrire « COVID-19 »',
  },
  {
    id: 'netendances',
    pattern: /Netendances|NETtendances|NetTendances/g,
    message: 'écrire « NETendances »',
  },
  {
    id: 'hashtag',
    pattern: new RegExp(`${NOT_LETTER_BEFORE}hashtags?${NOT_LETTER_AFTER}`, 'giu'),
    message: 'écrire « mot-clic »; « #hashtag » reste dans la diapositive de 2017',
  },
  {
    id: 'courriel',
    pattern: new RegExp(`${NOT_LETTER_BEFORE}e-?mails?${NOT_LETTER_AFTER}`, 'giu'),
    message: 'écrire « courriel »',
  },
  {
    id: 'intervalle',
    pattern: new RegExp(`\\d{1,3}${SP}?[-–]${SP}?\\d{1,3}${SP}+ans${NOT_LETTER_AFTER}`, 'gu'),
    message: 'écrire l’intervalle en toutes lettres : « 18 à 34 ans »',
  },
  ...doublets.map(([fem, masc]): UsageRule => ({
    id: `doublet-${masc}`,
    pattern: new RegExp(
      `(?<!${fem}${SP}+(?:et|ou)${SP}+(?:(?:des|les|aux|de|d’|d')${SP}*)?)${NOT_LETTER_BEFORE}${masc}${NOT_LETTER_AFTER}`,
      'giu',
    ),
    message: `écrire le doublet, comme les leçons : « ${fem} et ${masc} »`,
  })),
];

/** Lower-cased text without spaces and with one apostrophe, to compare a quotation with the outline. */
export function normalizeQuote(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, '');
}

/**
 * The set of quotations that stay verbatim: each outline title and item, and each item without
 * its example in brackets (« Rejoindre certaines clientèles »).
 */
export function outlineQuotes(outline: { slides: { title: string; items: string[] }[] }): Set<string> {
  const quotes = new Set<string>();
  for (const slide of outline.slides) {
    for (const text of [slide.title, ...slide.items]) {
      quotes.add(normalizeQuote(text));
      quotes.add(normalizeQuote(text.replace(/\s*\([^)]*\)\s*$/, '')));
    }
  }
  quotes.delete('');
  return quotes;
}

/** Replaces a span with spaces (newlines kept), so positions and line numbers stay right. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

/** The text with everything the lint must not read blanked out (see the module comment). */
export function maskVerbatim(file: string, text: string, quotes: Set<string>): string {
  let out = text;
  const mask = (re: RegExp, keep?: (m: RegExpMatchArray) => boolean) => {
    for (const m of [...out.matchAll(re)]) {
      if (m.index === undefined || (keep && keep(m))) continue;
      out = blank(out, m.index, m.index + m[0].length);
    }
  };
  // Import lines, YAML comments, ids, lesson references and addresses.
  mask(/^import .*$/gm);
  if (/\.ya?ml$/.test(file)) mask(/^\s*#.*$/gm); // in MDX, « # » opens a heading, which is prose
  mask(/^\s*(?:- )?(?:id|lesson|lessons|url|step|quiz):.*$/gm);
  mask(/https?:\/\/\S+/g);
  // The platform profiles' four 2017 fields.
  if (/platforms\//.test(file)) mask(/^(?:who|what|opportunities|challenge):.*$/gm);
  // Slides that quote the talk: from the tag to the notes (or the end of the slide).
  mask(/<Slide title="([^"]*)">[\s\S]*?(?=<Notes>|<\/Slide>)/g, (m) => !quotes.has(normalizeQuote(m[1] ?? '')));
  // Quotations and strings that are exactly an outline title or item.
  mask(/«([^«»]*)»|"([^"\n]*)"/g, (m) => !quotes.has(normalizeQuote(m[1] ?? m[2] ?? '')));
  return out;
}

/** Line and column (1-based) of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Every forbidden form in one file's text, in reading order. */
export function lintUsage(
  file: string,
  text: string,
  quotes: Set<string>,
  rules: readonly UsageRule[] = usageRules,
): UsageFinding[] {
  const masked = maskVerbatim(file, text, quotes);
  const findings: UsageFinding[] = [];
  for (const rule of rules) {
    if (rule.only && !rule.only.test(file)) continue;
    for (const m of masked.matchAll(rule.pattern)) {
      if (m.index === undefined) continue;
      const { line, column } = position(text, m.index);
      findings.push({
        file,
        line,
        column,
        rule: rule.id,
        found: text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' '),
        message: rule.message,
      });
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** One line per finding, as a reader fixes them: « file:line:column  [rule] « found » → message ». */
export function formatFindings(findings: readonly UsageFinding[]): string {
  return findings
    .map((f) => `${f.file}:${f.line}:${f.column}  [${f.rule}] «\u00a0${f.found}\u00a0» → ${f.message}`)
    .join('\n');
}
