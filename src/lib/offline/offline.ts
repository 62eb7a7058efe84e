/**
 * Offline use of the static site: where the service worker may be registered, the precache budget,
 * the names of the files the build writes beside the pages, and when an update may be offered.
 * Pure: no DOM, no I/O; the build integration (src/integrations/offline.ts) and the browser code
 * (src/client/offline/) both import it.
 */
/** The service worker's file, at the root of the built site (under the base path). */
export const SW_FILE = 'sw.js';

/** What the build says of the precache, written beside sw.js and read by the footer's status. */
export const OFFLINE_INFO_FILE = 'hors-ligne.json';

/**
 * The precache budget in bytes: 6 MiB. The whole dist/ weighed 4.27 MB when a 5 MiB budget was
 * set (December 2026); the new final-evaluation bank and the third edition took the precache to
 * 5.2 MiB (see docs/performance.md for what could be cut next).
 */
export const PRECACHE_BUDGET_BYTES = 6 * 1024 * 1024;

/** The contents of OFFLINE_INFO_FILE. */
export interface OfflineInfo {
  /** Files in the precache. */
  count: number;
  /** Their total size in bytes. */
  bytes: number;
  /** That size as the footer writes it (« 4,1 Mo »), formatted at build so pages carry no formatter. */
  label: string;
}

/** The size label of OFFLINE_INFO_FILE's JSON; undefined when it is not what the build writes. */
export function offlineLabel(value: unknown): string | undefined {
  const label = (value as Partial<OfflineInfo> | null)?.label;
  return typeof label === 'string' && label.length < 20 ? label : undefined;
}

/**
 * Whether the service worker may be registered: only in a secure context (`isSecureContext`: over
 * HTTPS, or on this machine at localhost or 127.0.0.1), never on a page the room server served
 * (`roomServed`: its meta flag; room mode needs the network and the cache would freeze its pages).
 */
export function mayRegister(secureContext: boolean, roomServed: boolean): boolean {
  return secureContext && !roomServed;
}
