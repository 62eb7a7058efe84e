// The typography rule over the real files it covers (lessons, quizzes, plan, templates, pages,
// interface strings): no break of it, except in the files listed as pending, which may not get
// worse. `node scripts/typography-fix.ts <file>` mends a file; then remove it from the list.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTypography, lintTypography, typographyScope } from '../../../src/build-time/lint/typography-lint';
import { outlineQuotes } from '../../../src/build-time/lint/usage-lint';
import { readOutline } from '../../support/content-text';

const quotes = outlineQuotes(readOutline());
const files = [
  ...typographyScope.dirs.flatMap(([dir, ext]) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .map((f) => join(dir, f)),
  ),
  ...typographyScope.files.filter((f) => existsSync(f)),
];

/**
 * Files of other branches that still break the rule when this test was written, with how many
 * breaks: the fixer is run on them at merge time, then they leave this list.
 */
const pending: Record<string, number> = {};

describe('typography across the course', () => {
  it('reads every kind of file the rule covers', () => {
    for (const part of ['content/lessons/', 'content/quizzes/', 'content/pages/', 'content/platforms/', 'src/i18n/', 'plan.yaml', 'modeles.yaml']) {
      expect(
        files.some((f) => f.includes(part)),
        part,
      ).toBe(true);
    }
  });

  // The final bank alone is some 150 kB: on a loaded machine its file takes more than the default 5 s.
  it.each(files)(
    '%s follows the rule',
    (file) => {
      const findings = lintTypography(file, readFileSync(file, 'utf8'), quotes);
      if (file in pending) expect(findings.length, formatTypography(findings)).toBeLessThanOrEqual(pending[file] ?? 0);
      else expect(formatTypography(findings)).toBe('');
    },
    20_000,
  );
});
