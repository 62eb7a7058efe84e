// Every page carries the Content Security Policy, and nothing in the HTML needs it relaxed:
// no inline style attribute, no inline event handler, no script or stylesheet from elsewhere.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { distFiles, readDist } from '../support/dist-files';

const pages = distFiles('.html');

describe('Content Security Policy', () => {
  it.each(pages)('%s is covered by the policy and needs no exception', (file) => {
    const root = parse(readDist(file));
    const csp = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    const styled = root.querySelectorAll('[style]').map((e) => e.tagName.toLowerCase());
    expect(styled, 'style attributes').toEqual([]);
    const handlers = root
      .querySelectorAll('*')
      .flatMap((e) => Object.keys(e.attributes).filter((a) => /^on[a-z]+$/.test(a)))
      .slice(0, 5);
    expect(handlers, 'inline event handlers').toEqual([]);
    const foreign = root
      .querySelectorAll('script[src], link[href], img[src]')
      .map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '')
      .filter((u) => /^(https?:)?\/\//.test(u));
    expect(foreign).toEqual([]);
  });
});
