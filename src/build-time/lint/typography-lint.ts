/**
 * The project's one typography rule for French punctuation (Québec usage, as the OQLF writes it):
 * a no-break space (U+00A0) before « : » and inside « guillemets », no space at all before
 * « ; », « ? » and « ! », and times and durations written with a no-break space on each side of
 * the « h » (« 16 h 30 », « 23 h », « 3 h 41 »), so that a line never breaks inside them. Finds
 * what breaks it (file:line:column) and rewrites a file so that it follows it. Pure: the caller
 * reads and writes the files and gives the 2017 outline's words.
 *
 * What is read: the prose of lessons and pages (.mdx), the values of YAML files (quizzes, platform
 * profiles, plan, templates), and the string literals of TypeScript files (interface strings, where a no-break
 * space is written « \u00a0 »). What is not: keys, comments, code, addresses, link targets, and
 * the 2017 talk's verbatim words (the same exemptions as the usage lint, see maskVerbatim).
 */
import { maskVerbatim } from './usage-lint.ts';

/** Where the rule applies: each folder with the file ending it holds, and single files. */
export const typographyScope = {
  dirs: [
    ['content/lessons', '.mdx'],
    ['content/quizzes', '.yaml'],
    ['content/pages', '.mdx'],
    ['content/scenarios', '.yaml'],
    ['content/platforms', '.yaml'],
    ['src/i18n', '.ts'],
  ],
  files: ['content/plan.yaml', 'content/modeles.yaml'],
} as const;

/** One break of the rule: where, which part of the rule, and the text around it. */
export interface TypographyFinding {
  file: string;
  line: number;
  column: number;
  rule: TypographyRule;
  found: string;
  message: string;
}

/** The parts of the rule, as findings name them. */
export type TypographyRule = 'avant-deux-points' | 'guillemets' | 'avant-ponctuation-haute' | 'heures';

const NBSP = '\u00a0';
const MASKED = '\u0000';
const MESSAGES: Record<TypographyRule, string> = {
  'avant-deux-points': 'une espace insécable (U+00A0) avant le deux-points',
  guillemets: 'une espace insécable (U+00A0) après « et avant »',
  'avant-ponctuation-haute': 'aucune espace avant le point-virgule, le point d’interrogation ou d’exclamation',
  heures: 'une espace insécable (U+00A0) de part et d’autre du « h » d’une heure ou d’une durée (16 h 30, 23 h)',
};

/** One character of the text the rule reads, and the span of the source it stands for. */
interface ViewChar {
  ch: string;
  start: number;
  end: number;
}

/** A change to the source: replace [start, end) with text. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

const isTs = (file: string) => /\.[cm]?tsx?$/.test(file);

/**
 * The string literals' contents of a TypeScript source, as [start, end, what follows]: the end of
 * the string, or a template's ${…}, which stands for a word of the text.
 */
function tsStringSpans(text: string): [number, number, string][] {
  const spans: [number, number, string][] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      let from = j;
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\\') j += 2;
        else if (c === '`' && text[j] === '$' && text[j + 1] === '{') {
          spans.push([from, j, 'x']);
          let depth = 0;
          for (; j < text.length; j++) {
            if (text[j] === '{') depth++;
            else if (text[j] === '}' && --depth === 0) break;
          }
          j++;
          from = j;
        } else if (c !== '`' && text[j] === '\n') break;
        else j++;
      }
      spans.push([from, Math.min(j, text.length), MASKED]);
      i = j + 1;
    } else i++;
  }
  return spans;
}

/** Offsets (as a set of [start, end) spans) that the rule must not read in a content file. */
function contentMask(file: string, text: string, quotes: Set<string>): boolean[] {
  const masked = maskVerbatim(file, text, quotes);
  const out = [...text].map(() => false);
  // maskVerbatim works on UTF-16 offsets; so does everything here.
  for (let i = 0; i < text.length; i++) out[i] = masked[i] !== text[i];
  // Keys: the whole of a YAML file, only the front matter of an MDX one.
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0].length ?? 0;
  const keysUpTo = /\.ya?ml$/.test(file) ? text.length : frontMatter;
  const mark = (re: RegExp, upTo = text.length) => {
    for (const m of text.matchAll(re)) {
      if (m.index === undefined || m.index >= upTo) continue;
      for (let k = m.index; k < m.index + m[0].length; k++) out[k] = true;
    }
  };
  mark(/^\s*(?:- )?[\w-]+:(?=\s|$)/gm, keysUpTo); // YAML and front-matter keys
  if (/\.ya?ml$/.test(file)) mark(/(?<=[{,]\s*)[\w-]+:(?=\s)/g); // keys of YAML flow mappings
  if (/\.ya?ml$/.test(file)) mark(/^\s*#.*$/gm); // YAML comments (in MDX, « # » opens a heading, which the rule reads)
  mark(/\]\([^)\s]*\)/g); // link targets
  mark(/`[^`\n]*`/g); // inline code
  mark(/\{\/\*[\s\S]*?\*\/\}/g); // MDX comments
  mark(/[a-z]+:\/\/\S+/g); // addresses
  return out;
}

/** The characters the rule reads, each with the span of the source it stands for. */
function view(file: string, text: string, quotes: Set<string>): ViewChar[] {
  const out: ViewChar[] = [];
  if (isTs(file)) {
    for (const [from, to, next] of tsStringSpans(text)) {
      for (let i = from; i < to; i++) {
        const esc = /^\\u(00a0|202f)/i.exec(text.slice(i, i + 6));
        if (esc) {
          out.push({ ch: String.fromCharCode(parseInt(esc[1] ?? '', 16)), start: i, end: i + 6 });
          i += 5;
        } else out.push({ ch: text[i] ?? '', start: i, end: i + 1 });
      }
      // A string ends here (nothing joins it to the next one), or a ${…} stands for a word.
      out.push({ ch: next, start: to, end: to });
    }
    return out;
  }
  const mask = contentMask(file, text, quotes);
  for (let i = 0; i < text.length; i++) out.push({ ch: mask[i] ? MASKED : (text[i] ?? ''), start: i, end: i + 1 });
  return out;
}

/** The breaks of the rule in one file, each with the edit that mends it, in reading order. */
function scan(file: string, text: string, quotes: Set<string>): { rule: TypographyRule; at: number; edit: Edit }[] {
  const v = view(file, text, quotes);
  const s = v.map((c) => c.ch).join('');
  const nbsp = isTs(file) ? '\\u00a0' : NBSP;
  const found: { rule: TypographyRule; at: number; edit: Edit }[] = [];
  const at = (i: number) => v[i] as ViewChar;
  // A space other than U+00A0 before « : », or none after a word (not an emoticon « :-) », not a
  // table rule « :--- », not a time or an address).
  for (const m of s.matchAll(/(?<=[^\s\u00a0\u202f\0])([ \t\u202f]+)?:(?=[\s\u00a0]|$)/gu)) {
    const i = m.index;
    const spaces = m[1] ?? '';
    if (!spaces && !/[\p{L}\d)»*_]/u.test(s[i - 1] ?? '')) continue;
    const colon = i + spaces.length;
    const edit = spaces
      ? { start: at(i).start, end: at(colon - 1).end, text: nbsp }
      : { start: at(colon).start, end: at(colon).start, text: nbsp };
    found.push({ rule: 'avant-deux-points', at: at(colon).start, edit });
  }
  // « guillemets »: exactly one U+00A0 inside each.
  for (const m of s.matchAll(/«(?!\u00a0)([ \t\u202f]*)/g)) {
    const i = m.index;
    const sp = m[1] ?? '';
    const edit = sp
      ? { start: at(i + 1).start, end: at(i + sp.length).end, text: nbsp }
      : { start: at(i).end, end: at(i).end, text: nbsp };
    found.push({ rule: 'guillemets', at: at(i).start, edit });
  }
  for (const m of s.matchAll(/(?<!\u00a0)([ \t\u202f]*)»/g)) {
    const i = m.index;
    const sp = m[1] ?? '';
    if (!sp && (s[i - 1] === undefined || s[i - 1] === '\n' || s[i - 1] === MASKED)) continue;
    const close = i + sp.length;
    const edit = sp
      ? { start: at(i).start, end: at(close - 1).end, text: nbsp }
      : { start: at(close).start, end: at(close).start, text: nbsp };
    found.push({ rule: 'guillemets', at: at(close).start, edit });
  }
  // No space before « ; ? ! » (a Markdown image « ![ » is not punctuation).
  for (const m of s.matchAll(/(?<=[^\s\u00a0\u202f\0])[ \t\u00a0\u202f]+(?=[;?!])/gu)) {
    const i = m.index;
    const end = i + m[0].length;
    if (s[end] === '!' && s[end + 1] === '[') continue;
    found.push({
      rule: 'avant-ponctuation-haute',
      at: at(end).start,
      edit: { start: at(i).start, end: at(end - 1).end, text: '' },
    });
  }
  // Times and durations: « 16 h 30 », « 23 h », « 3 h 41 », with U+00A0 on each side of the « h »
  // (« 16h30 », « 16 h 30 » with ordinary spaces, or a narrow no-break space, break it). The « h »
  // stands alone: a word that starts with it (« 4 heures ») is not a time.
  for (const m of s.matchAll(
    /(?<![\p{L}\d.,])(\d{1,3})([ \t\u00a0\u202f]*)h(?:([ \t\u00a0\u202f]*)(\d{2})(?!\d))?(?![\p{L}\d])/gu,
  )) {
    const hour = m[1] ?? '';
    const before = m[2] ?? '';
    const after = m[3];
    const h = m.index + hour.length + before.length;
    const sides: [number, string][] = [[m.index + hour.length, before]];
    if (m[4] !== undefined) sides.push([h + 1, after ?? '']);
    for (const [i, sp] of sides) {
      if (sp === NBSP) continue;
      const edit = sp
        ? { start: at(i).start, end: at(i + sp.length - 1).end, text: nbsp }
        : { start: at(i).start, end: at(i).start, text: nbsp };
      found.push({ rule: 'heures', at: at(i).start, edit });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Line and column (1-based) of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Every break of the typography rule in one file, in reading order. */
export function lintTypography(file: string, text: string, quotes: Set<string>): TypographyFinding[] {
  return scan(file, text, quotes).map(({ rule, at }) => {
    const { line, column } = position(text, at);
    const found = text
      .slice(Math.max(0, at - 12), at + 3)
      .replace(/\n/g, ' ')
      .replace(/\u00a0/g, '⍽');
    return { file, line, column, rule, found, message: MESSAGES[rule] };
  });
}

/** The file's text rewritten to follow the rule (the same text when it already does). */
export function fixTypography(file: string, text: string, quotes: Set<string>): string {
  const edits = scan(file, text, quotes)
    .map((f) => f.edit)
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of edits) {
    if (e.end > limit) continue; // two edits on the same span: the next run mends the rest
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** One line per finding: « file:line:column  [rule] …found… → what to write ». */
export function formatTypography(findings: readonly TypographyFinding[]): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column}  [${f.rule}] ${f.found} → ${f.message}`).join('\n');
}
