// Every built page is valid HTML (html-validate, config in .htmlvalidate.mjs).
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { distFiles, readDist } from '../support/dist-files';

const validator = new HtmlValidate(new FileSystemConfigLoader());

// Astro writes this one rule inside <body>, just before the first island, for every island page;
// it is the framework's, not ours, and valid wherever a browser meets it.
const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
const pages = distFiles('.html');

describe('HTML validation', () => {
  it.each(pages)('%s is valid', async (file) => {
    const report = await validator.validateString(readDist(file).replace(ISLAND_STYLE, ''), `dist/${file}`);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.ruleId} @${m.line}:${m.column} ${m.message} ${m.selector ?? ''}`),
    );
    expect(messages).toEqual([]);
  });
});
