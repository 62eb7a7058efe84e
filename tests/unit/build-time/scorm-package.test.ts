import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  BASE_PLACEHOLDER as B,
  folderToFile,
  leftovers,
  manifestXml,
  rewriteCss,
  rewriteHtml,
  rewriteJs,
  rootFrom,
} from '../../../src/build-time/scorm-package';

describe('rootFrom', () => {
  it('climbs one folder per level, and starts with « ./ » at the root', () => {
    expect(rootFrom('index.html')).toBe('./');
    expect(rootFrom('_astro/a.css')).toBe('../');
    expect(rootFrom('lecons/veille/index.html')).toBe('../../');
  });
});

describe('folderToFile', () => {
  it('names the index.html of a folder, keeping query and fragment', () => {
    expect(folderToFile('./')).toBe('./index.html');
    expect(folderToFile('../../lecons/veille/')).toBe('../../lecons/veille/index.html');
    expect(folderToFile('../recherche/?q=veille#r')).toBe('../recherche/index.html?q=veille#r');
  });

  it('leaves files, fragments and other origins alone', () => {
    for (const url of ['../a.css', '#contenu', 'https://exemple.org/', '//cdn.exemple.org/x/', 'mailto:a@b.c', '']) {
      expect(folderToFile(url)).toBe(url);
    }
  });
});

describe('rewriteHtml', () => {
  it('makes links, assets, forms and island URLs relative to the page', () => {
    const html = `<link href="${B}_astro/a.css"><a href="${B}">x</a><a href="${B}lecons/veille/#plan">y</a>
<form action="${B}recherche/"></form><astro-island component-url="${B}_astro/Quiz.js" props="{&quot;u&quot;:&quot;${B}lecons/&quot;}">`;
    const out = rewriteHtml(html, 'lecons/veille/index.html');
    expect(out).toContain('href="../../_astro/a.css"');
    expect(out).toContain('href="../../index.html"');
    expect(out).toContain('href="../../lecons/veille/index.html#plan"');
    expect(out).toContain('action="../../recherche/index.html"');
    expect(out).toContain('component-url="../../_astro/Quiz.js"');
    // Values inside JSON props stay folders: the page's scripts add the file at run time.
    expect(out).toContain('&quot;../../lecons/&quot;');
    expect(leftovers(out)).toBe(false);
    expect(rewriteHtml(`<a href="${B}a-propos/">`, 'index.html')).toBe('<a href="./a-propos/index.html">');
  });
});

describe('rewriteCss and rewriteJs', () => {
  it('points stylesheets at the root from where they are', () => {
    expect(rewriteCss(`a{background:url(${B}img/x.svg)}`, '_astro/a.css')).toBe('a{background:url(../img/x.svg)}');
  });

  it('computes the root from the script’s own address when it runs', () => {
    const out = rewriteJs(`function e(e,t=\`${B}\`){return t+e}var n=function(e){return"${B}"+e}`, '_astro/url.js');
    expect(out).toBe(
      'function e(e,t=(new URL("../",import.meta.url).pathname)){return t+e}var n=function(e){return(new URL("../",import.meta.url).pathname)+e}',
    );
    expect(leftovers(out)).toBe(false);
    // Any other use of the base is reported, never left to break at run time.
    expect(leftovers(rewriteJs(`x=\`${B}lecons/\``, '_astro/a.js'))).toBe(true);
  });
});

describe('manifestXml, SCORM 1.2', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
  const files = ['index.html', '_astro/a b.js', 'lecons/veille/index.html'];
  const doc = parser.parse(manifestXml('1.2', { identifier: 'cours-1', title: 'Santé & médias', files })) as {
    manifest: Record<string, unknown> & {
      metadata: { schema: string; schemaversion: number | string };
      organizations: {
        '@default': string;
        organization: { '@identifier': string; title: string; item: Record<string, unknown> };
      };
      resources: { resource: Record<string, unknown> & { file: { '@href': string }[] } };
    };
  };

  it('describes one SCORM 1.2 organization, item and SCO', () => {
    const m = doc.manifest;
    expect(m['@identifier']).toBe('cours-1');
    expect(m['@xmlns']).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
    expect(m['@xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2');
    expect(m.metadata.schema).toBe('ADL SCORM');
    expect(String(m.metadata.schemaversion)).toBe('1.2');
    expect(m.organizations['@default']).toBe(m.organizations.organization['@identifier']);
    expect(m.organizations.organization.title).toBe('Santé & médias');
    const item = m.organizations.organization.item;
    expect(item['@identifierref']).toBe(m.resources.resource['@identifier']);
    // No mastery score: the LMS must not recompute the verdict from the score (see manifestXml).
    expect(item['adlcp:masteryscore']).toBeUndefined();
    expect(m.resources.resource['@adlcp:scormtype']).toBe('sco');
    expect(m.resources.resource['@type']).toBe('webcontent');
    expect(m.resources.resource['@href']).toBe('index.html');
  });

  it('lists every file, URL-encoded', () => {
    expect(doc.manifest.resources.resource.file.map((f) => f['@href'])).toEqual([
      '_astro/a%20b.js',
      'index.html',
      'lecons/veille/index.html',
    ]);
  });
});

describe('manifestXml, SCORM 2004', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
  const read = () =>
    (
      parser.parse(manifestXml('2004', { identifier: 'cours-1', title: 'Santé', files: ['index.html', 'a.js'] })) as {
        manifest: Record<string, unknown> & {
          metadata: { schemaversion: string };
          organizations: { organization: { item: Record<string, unknown> } };
          resources: { resource: Record<string, unknown> };
        };
      }
    ).manifest;

  it('describes one SCORM 2004 4th Edition SCO', () => {
    const m = read();
    expect(m['@xmlns']).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
    expect(m.metadata.schemaversion).toBe('2004 4th Edition');
    expect(m.resources.resource['@adlcp:scormType']).toBe('sco');
    expect(m.resources.resource['@href']).toBe('index.html');
    // No objective satisfied by measure: success_status is the SCO's verdict, never the score's.
    expect(m.organizations.organization.item['imsss:sequencing']).toBeUndefined();
  });
});

describe('manifestXml, both editions', () => {
  const input = { identifier: 'cours-1', title: 'Santé « & » <médias>', files: ['index.html'] };

  it('escapes the title and starts with the XML declaration', () => {
    for (const edition of ['1.2', '2004'] as const) {
      const text = manifestXml(edition, input);
      expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<manifest ')).toBe(true);
      expect(text).toContain('<title>Santé « &amp; » &lt;médias&gt;</title>');
      expect(XMLValidator.validate(text)).toBe(true);
    }
  });

  it('differs only in the version, the namespaces, the schema version and the SCO attribute', () => {
    const strip = (text: string) =>
      text
        .replace(/<manifest [^>]*>/, '<manifest>')
        .replace(/<schemaversion>[^<]*<\/schemaversion>/, '')
        .replace(/adlcp:scorm[tT]ype/, 'scormtype');
    expect(strip(manifestXml('1.2', input))).toBe(strip(manifestXml('2004', input)));
  });
});
