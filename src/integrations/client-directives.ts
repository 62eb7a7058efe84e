/**
 * The site's own client directive (an Astro integration): `client:interaction`, which hydrates an
 * island on the first interaction with it, or as soon as it comes into view, its data fetched from
 * a file of its own when it has one (src/client/directives/interaction.ts).
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
    /**
     * Hydrates the island on the first focus, pointer press, key or touch inside it; with `view`, as
     * soon as it comes into view; with `data`, once the file it names has been added to its props.
     */
    'client:interaction'?: boolean | { data?: string; view?: boolean };
  }
}
