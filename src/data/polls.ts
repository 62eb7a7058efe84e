/**
 * The quizzes projected as polls, with the QR code to their page, made at build time. The quiz
 * comes from the one quiz loader (src/data/quizzes.ts), with its checks. The QR code needs the
 * site's public address (SITE_URL): without one, there is none.
 */
import QRCode from 'qrcode';
import type { Quiz } from '../schemas/quiz';
import { quizUrl } from '../lib/deck/deck-poll';
import { getQuiz } from './quizzes';

/** A quiz to project, with where participants answer it. */
export interface Poll {
  quiz: Quiz;
  /** Absolute address of the quiz page, when the site's public address is known. */
  url: string | undefined;
  /** The QR code of `url`, as an inline SVG string. */
  qr: string | undefined;
}

const cache = new Map<string, Promise<Poll>>();

async function load(id: string, site: URL | undefined): Promise<Poll> {
  const { quiz } = await getQuiz(id, 'la présentation (diapositives d’une leçon)');
  const url = quizUrl(site, import.meta.env.BASE_URL, id);
  const qr = url ? await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) : undefined;
  return { quiz, url, qr };
}

/** The poll of quiz `id`; the build stops, naming the id, when no such quiz exists. */
export function getPoll(id: string, site: URL | undefined): Promise<Poll> {
  const key = `${id} ${site?.href ?? ''}`;
  let poll = cache.get(key);
  if (!poll) {
    poll = load(id, site);
    cache.set(key, poll);
  }
  return poll;
}
