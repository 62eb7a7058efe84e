/**
 * Finds the SCORM 1.2 API an LMS provides, the standard way (ADL's SCORM 1.2 Run-Time Environment,
 * « API Adapter »): an object named API on this window or one of its parents, up to a bounded
 * depth, then on the window that opened this one and its parents. Part of the small probe that
 * every page of the SCORM package loads: the adapter itself is imported only when an API is found.
 */

/** The SCORM 1.2 API functions (every value is a string, as the standard defines them). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** Parents searched above a window: ADL's sample code gives up after 7, and so does this. */
export const MAX_PARENTS = 7;

function apiOn(win: Window): Scorm12Api | undefined {
  try {
    const api = (win as Window & { API?: unknown }).API;
    if (typeof api === 'object' && api !== null && typeof (api as Scorm12Api).LMSInitialize === 'function') {
      return api as Scorm12Api;
    }
  } catch {
    // A window of another origin throws on access: it cannot hold an API this page may call.
  }
  return undefined;
}

/** The API on `win` or its parents (at most MAX_PARENTS levels up). */
function search(win: Window): Scorm12Api | undefined {
  let current: Window = win;
  for (let level = 0; level <= MAX_PARENTS; level++) {
    const api = apiOn(current);
    if (api) return api;
    let parent: Window | null;
    try {
      parent = current.parent;
    } catch {
      return undefined;
    }
    if (!parent || parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

/** The SCORM 1.2 API for this window, or undefined outside an LMS. */
export function findScorm12Api(win: Window = window): Scorm12Api | undefined {
  const found = search(win);
  if (found) return found;
  let opener: Window | null = null;
  try {
    opener = (win.top ?? win).opener as Window | null;
  } catch {
    opener = null;
  }
  return opener ? search(opener) : undefined;
}
