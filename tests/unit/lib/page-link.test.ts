import { describe, expect, it } from 'vitest';
import { fileAddress, pageHref, resumePaths } from '../../../src/lib/page-link';

describe('pageHref', () => {
  it('leaves every address as it is on the static site', () => {
    expect(pageHref('/cours/lecons/x/')).toBe('/cours/lecons/x/');
    expect(pageHref('../recherche/?q=veille#r')).toBe('../recherche/?q=veille#r');
  });
});

describe('fileAddress', () => {
  it('names the index.html of a folder, keeping query and fragment', () => {
    expect(fileAddress('/pluginfile.php/9/content/1/lecons/pieges/')).toBe(
      '/pluginfile.php/9/content/1/lecons/pieges/index.html',
    );
    expect(fileAddress('../../recherche/?q=veille#r')).toBe('../../recherche/index.html?q=veille#r');
    expect(fileAddress('/lecons/x/#les-cinq-etapes')).toBe('/lecons/x/index.html#les-cinq-etapes');
  });

  it('leaves files, fragments alone and other sites untouched', () => {
    expect(fileAddress('../pieges/index.html')).toBe('../pieges/index.html');
    expect(fileAddress('/pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
    expect(fileAddress('#section')).toBe('#section');
    expect(fileAddress('https://www.inspq.qc.ca/')).toBe('https://www.inspq.qc.ca/');
    expect(fileAddress('mailto:info@exemple.ca')).toBe('mailto:info@exemple.ca');
  });
});

describe('resumePaths', () => {
  it('gives « Reprendre » its three addresses, a lesson with {slug}', () => {
    expect(resumePaths('evaluation-finale')).toEqual({
      lesson: '/lecons/{slug}/',
      final: '/quiz/evaluation-finale/',
      certificate: '/attestation/',
    });
  });
});
