/**
 * Lets Node run the site's TypeScript modules from a script: they import one another without the
 * « .ts » extension (as Vite and Astro allow), which Node's own resolver refuses. Import this module
 * first, then load the others with a dynamic import().
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (/^\.\.?\//.test(specifier) && !/\.[a-z]+$/i.test(specifier)) return nextResolve(`${specifier}.ts`, context);
      throw error;
    }
  },
});
