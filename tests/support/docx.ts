/**
 * Reads a Word file (.docx) back the way the tests check one: its text as mammoth extracts it, and
 * any XML part of the package (ex. word/styles.xml for the document's language).
 */
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';

/** A .docx read back: its raw text and its XML parts by name ('' when the part is absent). */
export interface DocxContent {
  text: string;
  xml: (part: string) => string;
}

/** Reads a .docx from its bytes or from a file path. */
export async function readDocx(source: Uint8Array | string): Promise<DocxContent> {
  const buffer = typeof source === 'string' ? readFileSync(source) : Buffer.from(source);
  const parts = unzipSync(new Uint8Array(buffer));
  const { value } = await mammoth.extractRawText({ buffer });
  return { text: value, xml: (part) => strFromU8(parts[part] ?? new Uint8Array()) };
}
