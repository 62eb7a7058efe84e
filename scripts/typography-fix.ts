/**
 * node scripts/typography-fix.ts [--check] [files…] — applies the project's typography rule (a
 * no-break space before « : » and inside « guillemets », no space before « ; ? ! », a no-break
 * space on each side of the « h » of a time or a duration; see src/build-time/lint/typography-lint.ts) to the given files, or to every file the rule covers. With --check,
 * writes nothing: prints one line per break of the rule and exits 1 when there is any.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fixTypography,
  formatTypography,
  lintTypography,
  typographyScope,
} from '../src/build-time/lint/typography-lint.ts';
import { outlineQuotes } from '../src/build-time/lint/usage-lint.ts';

const args = process.argv.slice(2);
const check = args.includes('--check');
const given = args.filter((a) => a !== '--check');
const files = given.length
  ? given
  : [
      ...typographyScope.dirs.flatMap(([dir, ext]) =>
        existsSync(dir)
          ? readdirSync(dir)
              .filter((f) => f.endsWith(ext))
              .sort()
              .map((f) => join(dir, f))
          : [],
      ),
      ...typographyScope.files.filter((f) => existsSync(f)),
    ];
const outline = JSON.parse(readFileSync('tests/fixtures/outline-2017.json', 'utf8')) as {
  slides: { title: string; items: string[] }[];
};
const quotes = outlineQuotes(outline);

let breaks = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (check) {
    const findings = lintTypography(file, text, quotes);
    breaks += findings.length;
    if (findings.length) console.log(formatTypography(findings));
    continue;
  }
  // A fix can reveal another break on the same span: run until the text holds still.
  let fixed = text;
  for (let i = 0; i < 3; i++) fixed = fixTypography(file, fixed, quotes);
  if (fixed !== text) {
    writeFileSync(file, fixed);
    console.log(`corrigé : ${file}`);
  }
  breaks += lintTypography(file, fixed, quotes).length;
}
if (breaks) {
  console.log(`${breaks} écart(s) à la règle typographique${check ? '' : ' restent à corriger à la main'}.`);
  process.exit(1);
}
