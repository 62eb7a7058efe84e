/**
 * What the « À vous » activities' criteria read in the browser (src/client/plan/plan-activity.ts),
 * one file for every lesson, written at build: the plan's outline (a criterion may read other
 * sections), the survey's age bands and platforms, and the sentences that explain each state. An
 * activity fetches it at its first focus, with its code; it used to be in every lesson's HTML
 * (37 KB each, before the page could paint: docs/performance.md). A course without a plan writes
 * null (it has no activity).
 */
import type { APIRoute } from 'astro';
import { findPlan } from '../../data/plan';
import { planAgeBands } from '../../data/figures';
import { planOutline } from '../../lib/plan/plan-outline';
import { criteria } from '../../i18n/fr-plan';

export const GET: APIRoute = async () => {
  const plan = findPlan();
  const { heading: _heading, intro: _intro, selfLegend: _selfLegend, ...strings } = criteria;
  const data = plan ? { outline: planOutline(plan), ...(await planAgeBands()), strings } : null;
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
