/** Runs axe-core in a page and returns its violations, described for a readable test failure. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One violation, flattened to what a failing test should print. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs every axe rule for WCAG 2.2 A/AA and best practices; returns the violations. Checks the page
 * at rest: it waits for running CSS transitions to end first (a theme switch, a reveal, the deck's
 * toolbar fading when the mouse is idle), and runs once more if one started during the run — a
 * colour read halfway through a fade is a contrast no reader ever sees. On a slow machine the
 * deck's idle fade (3 s) could start during a run and fail it at random.
 */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol, so the page's Content Security Policy does not apply;
  // once per document (a page checked again after a theme switch or a resize keeps it). Asked by
  // its run function, not its name: an element with id="axe" is also window.axe.
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function',
  );
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Run = (
      ctx: Document,
      opts: object,
    ) => Promise<{
      violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
    }>;
    const axe = (window as unknown as { axe: { run: Run } }).axe;
    const moving = () => document.getAnimations().some((a) => a instanceof CSSTransition && a.playState === 'running');
    const settle = async () => {
      for (let i = 0; i < 60 && moving(); i++) await new Promise((ok) => setTimeout(ok, 50));
    };
    const options = {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      // Every rule still runs on every node; only the violations get a selector for each node (the
      // passes, which nothing reads, keep one): axe's documented way to spare that tail work.
      resultTypes: ['violations'],
    };
    let result: Awaited<ReturnType<Run>> | undefined;
    for (let attempt = 0; attempt < 2; attempt++) {
      await settle();
      let started = false;
      const onStart = () => (started = true);
      document.addEventListener('transitionrun', onStart, true);
      try {
        result = await axe.run(document, options);
      } finally {
        document.removeEventListener('transitionrun', onStart, true);
      }
      if (!started) break;
    }
    return (result?.violations ?? []).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
