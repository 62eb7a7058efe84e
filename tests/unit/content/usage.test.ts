// The usage lint over the whole course (lessons, quizzes, platform profiles, sources, À propos):
// no form the house style forbids outside the 2017 talk's verbatim words. A failure lists every
// finding as file:line:column with what to write instead.
import { describe, expect, it } from 'vitest';
import { formatFindings, lintUsage, outlineQuotes } from '../../../src/build-time/lint/usage-lint';
import { readCourseText, readOutline } from '../../support/content-text';

const files = readCourseText();
const quotes = outlineQuotes(readOutline());

describe('one voice across the course', () => {
  it('reads every kind of course text', () => {
    for (const part of ['lessons/', 'quizzes/', 'platforms/', 'sources.yaml', 'pages/a-propos.mdx']) {
      expect(
        files.some((f) => f.file.includes(part)),
        part,
      ).toBe(true);
    }
  });

  // The whole course (the final bank alone is some 150 kB of items and feedback) takes a few
  // seconds on a loaded machine: this one test gets more than the default 5 s.
  it('uses none of the forbidden forms', { timeout: 20_000 }, () => {
    const findings = files.flatMap((f) => lintUsage(f.file, f.text, quotes));
    expect(formatFindings(findings)).toBe('');
  });
});
