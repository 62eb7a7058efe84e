// The JSON file of an island's data kept out of the page: its props in Astro's props format, each
// value a [type, value] pair (0 a value or object, 1 an array), as the island reads them back.
import { describe, expect, it } from 'vitest';
import { islandDataResponse } from '../../../src/build-time/island-data';

describe('islandDataResponse', () => {
  it('writes the island data file in the same format', async () => {
    const response = islandDataResponse({ quiz: { id: 'q', questions: [{ id: 'a' }] } }, 'Quiz');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ quiz: [0, { id: [0, 'q'], questions: [1, [[0, { id: [0, 'a'] }]]] }] });
  });
});
