import { describe, expect, it } from 'vitest';
import { spreadsheetSafe } from '../../../src/lib/spreadsheet-text';

describe('spreadsheetSafe', () => {
  it('neutralises cells a spreadsheet would read as a formula', () => {
    for (const bad of ['=1+1', '+33 6', '-2', '@SUM(A1)', '\t=1', '\r=1'])
      expect(spreadsheetSafe(bad), JSON.stringify(bad)).toBe(`'${bad}`);
  });
  it('leaves every other text as it is', () => {
    for (const fine of ['Une stratégie', '1 = 1', 'a-b', '', '« =x »']) expect(spreadsheetSafe(fine)).toBe(fine);
  });
});
