/**
 * The learner's day, from the device's clock. Apart from src/lib/dates.ts (the dates of facts the
 * course cites) because every page with the stores loads this one: it travels in their chunk.
 */
/**
 * The day of `date` where the learner is, as « YYYY-MM-DD »: the date a downloaded file is named
 * with and the plan's checks count from. Not toISOString(), which gives the day in UTC (after
 * 19 h in Québec in winter, already tomorrow).
 */
export function localDay(date: Date = new Date()): string {
  // Swedish writes a date as YYYY-MM-DD: the shortest way to the local day (the home page pays
  // for every byte of this module).
  return date.toLocaleDateString('sv-SE');
}
