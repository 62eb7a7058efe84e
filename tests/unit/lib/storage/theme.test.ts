import { describe, expect, it } from 'vitest';
import { effectiveTheme, parseTheme } from '../../../../src/lib/storage/theme';

describe('theme choice', () => {
  it('accepts only light and dark', () => {
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('dark')).toBe('dark');
    for (const bad of [null, undefined, '', 'Dark', '{"x":1}', 'auto']) expect(parseTheme(bad)).toBeNull();
  });
  it('follows the system only when no choice was made', () => {
    expect(effectiveTheme(null, true)).toBe('dark');
    expect(effectiveTheme(null, false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme('dark', false)).toBe('dark');
  });
});
