// A ServerOnly prop reaches the server's render but is written as `{}` in the page: checked against
// Astro's own serialiser, the one that writes an island's props, so an Astro that starts writing
// private fields (or class instances otherwise) fails here before a page carries the data twice.
import { describe, expect, it } from 'vitest';
import { serializeProps } from 'astro/runtime/server/serialize.js';
import { ServerOnly } from '../../../src/lib/server-only';

const meta = { displayName: 'Essai', astroStaticSlot: true } as const;

describe('ServerOnly', () => {
  it('gives its value on the server and is written as an empty object in the page', () => {
    const secret = { questions: ['Pourquoi une stratégie?'] };
    const prop = new ServerOnly(secret);
    expect(prop.value).toBe(secret);
    expect(JSON.parse(serializeProps({ serverQuiz: prop, hash: 'abc' }, meta))).toEqual({
      serverQuiz: [0, {}],
      hash: [0, 'abc'],
    });
  });
});
