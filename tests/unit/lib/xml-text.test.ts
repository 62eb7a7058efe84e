import { describe, expect, it } from 'vitest';
import { xmlText } from '../../../src/lib/xml-text';

describe('xmlText', () => {
  it('drops what XML 1.0 forbids: control characters, U+FFFE, U+FFFF, lone surrogates', () => {
    expect(xmlText('a\u0000b\u0007c\u000bd\u001fe\ufffef\uffffg\ud800h\udc00i')).toBe('abcdefghi');
  });
  it('keeps tabs, line breaks, accents and a pair of surrogates (an emoji)', () => {
    const text = 'Été\tà\nLyme\r\n🌿 «\u00a0tique\u00a0»';
    expect(xmlText(text)).toBe(text);
  });
});
