// Every internal link and asset reference of every built HTML page resolves: the target file
// exists in dist/ and, for links with a fragment, the target element exists.
import { describe, expect, it } from 'vitest';
import { distFiles } from '../support/dist-files';
import { brokenLinks } from '../support/links';

const pages = distFiles('.html');
const ids = new Map<string, Set<string>>();

describe('internal links and assets', () => {
  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s: every link and asset resolves', (file) => {
    expect(brokenLinks(file, undefined, ids)).toEqual([]);
  });
});
