/**
 * Finds the SCORM API an LMS provides, the standard way (ADL's run-time environment books,
 * « API Adapter » / « API Instance »): an object named API_1484_11 (SCORM 2004) or API (SCORM 1.2)
 * on this window or one of its parents, up to a bounded depth, then on the window that opened
 * this one and its parents. Part of the small probe that every page of the SCORM package loads:
 * the adapter itself is imported only when an API is found.
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
}

/** The SCORM 2004 API functions. */
export interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

/** An LMS's API and the version it speaks. */
export type LmsApi = { version: '2004'; api: Scorm2004Api } | { version: '1.2'; api: Scorm12Api };

/** Parents searched above a window: ADL's sample code stops after 7 (SCORM 1.2) and 500 (2004). */
export const MAX_PARENTS = { '1.2': 7, '2004': 500 } as const;

function apiOn(win: Window, name: 'API' | 'API_1484_11', method: string): unknown {
  try {
    const api = (win as unknown as Record<string, unknown>)[name];
    if (typeof api === 'object' && api !== null && typeof (api as Record<string, unknown>)[method] === 'function') {
      return api;
    }
  } catch {
    // A window of another origin throws on access: it cannot hold an API this page may call.
  }
  return undefined;
}

/** The API named `name` on `win` or its parents, at most `depth` levels up. */
function search(win: Window, name: 'API' | 'API_1484_11', method: string, depth: number): unknown {
  let current: Window = win;
  for (let level = 0; level <= depth; level++) {
    const api = apiOn(current, name, method);
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

function searchFrom(win: Window): LmsApi | undefined {
  const api2004 = search(win, 'API_1484_11', 'Initialize', MAX_PARENTS['2004']);
  if (api2004) return { version: '2004', api: api2004 as Scorm2004Api };
  const api12 = search(win, 'API', 'LMSInitialize', MAX_PARENTS['1.2']);
  if (api12) return { version: '1.2', api: api12 as Scorm12Api };
  return undefined;
}

/** The LMS's API for this window (SCORM 2004 first, then 1.2), or undefined outside an LMS. */
export function findLmsApi(win: Window = window): LmsApi | undefined {
  const found = searchFrom(win);
  if (found) return found;
  let opener: Window | null = null;
  try {
    opener = (win.top ?? win).opener as Window | null;
  } catch {
    opener = null;
  }
  return opener ? searchFrom(opener) : undefined;
}
