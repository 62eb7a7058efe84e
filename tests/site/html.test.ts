// Every built page is valid HTML (html-validate, config in .htmlvalidate.mjs).
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { distFiles, readDist } from '../support/dist-files';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = distFiles('.html');

describe('HTML validation', () => {
  it.each(pages)('%s is valid', async (file) => {
    const report = await validator.validateString(readDist(file), `dist/${file}`);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.ruleId} @${m.line}:${m.column} ${m.message} ${m.selector ?? ''}`),
    );
    expect(messages).toEqual([]);
  });
});
