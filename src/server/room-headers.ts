/**
 * The security and cache headers of every response of the room server: X-Content-Type-Options,
 * Referrer-Policy, a Content-Security-Policy (each page's own policy, read from its meta tag, so
 * the header and the page agree; a strict one for the room's own routes) and a Cache-Control fit
 * for the route.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { isRoomRoute } from '../lib/room/room-routes.ts';

/** The site's policy (astro.config.mjs), for what is not a page: scripts, styles, images. */
const SITE_CSP =
  "default-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** The policy of the room's own routes (QR code, CSV): they load nothing. */
const ROOM_ROUTE_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The policy a page declares in its <meta http-equiv="content-security-policy">, if any, as a
 * header must say it: a meta policy does not govern the inline scripts above it (the theme is set
 * before anything is drawn), so their hashes join script-src and the header allows exactly what
 * the page runs today.
 */
function pagePolicy(html: string): string | undefined {
  for (const match of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = match[0];
    if (!/http-equiv\s*=\s*["']?content-security-policy/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/i.exec(tag);
    const value = (content?.[1] ?? content?.[2])
      ?.replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    if (!value) continue;
    const above = html.slice(0, match.index);
    const hashes = [...above.matchAll(/<script(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
      (m) =>
        `'sha256-${createHash('sha256')
          .update(m[1] ?? '')
          .digest('base64')}'`,
    );
    if (hashes.length === 0) return value;
    return value.replace(
      /(^|;\s*)script-src([^;]*)/,
      (_all, lead: string, list: string) => `${lead}script-src${list} ${hashes.join(' ')}`,
    );
  }
  return undefined;
}

/** Cache-Control for a route: hashed build assets forever, room routes and pages never, the rest revalidated. */
function cacheControl(url: string, type: string): string {
  const path = url.split('?')[0] ?? url;
  if (isRoomRoute(path) || type.startsWith('text/html')) return 'no-store';
  if (path.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** Sets the headers of a response; `html` is the page's text when it is a page. */
export function applySecurityHeaders(url: string, type: string, reply: FastifyReply, html: string | undefined): void {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('cache-control', cacheControl(url, type));
  const policy = isRoomRoute(url)
    ? ROOM_ROUTE_CSP
    : `${(html !== undefined && pagePolicy(html)) || SITE_CSP}; frame-ancestors 'none'`;
  reply.header('content-security-policy', policy);
}

/** Reads a stream to a string (the HTML pages @fastify/static sends). */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}
