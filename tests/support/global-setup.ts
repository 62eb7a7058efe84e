/**
 * Vitest global setup for browser tests: serves the built site (dist/, made by `npm run build`
 * before the tests) on 127.0.0.1 and provides its address to the tests (inject('baseUrl')).
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic, type RunningServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built site under test, ending with « / ». */
    baseUrl: string;
  }
}

let server: RunningServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const dist = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(`Aucun site construit dans ${dist}/ : lancez « npm run build » avant les tests navigateur.`);
  }
  server = await serveStatic(dist, process.env.BASE_PATH ?? '/');
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
