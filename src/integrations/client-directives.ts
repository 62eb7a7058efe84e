/**
 * The site's own client directive (an Astro integration): `client:interaction`, which hydrates an
 * island on the first interaction with it (src/client/directives/interaction.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function clientDirectives(): AstroIntegration {
  return {
    name: 'msst:client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'interaction',
          entrypoint: fileURLToPath(new URL('../client/directives/interaction.ts', import.meta.url)),
        });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrates the island on the first focus, pointer press, key or touch inside it. */
    'client:interaction'?: boolean;
  }
}
