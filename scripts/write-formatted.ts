/**
 * Writes a generated file as `npm run lint` expects it: formatted with the project's Prettier
 * settings for that file (.prettierrc.json), so that a rerun of a script never breaks the lint.
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

/** Formats `text` with the settings that apply to `file`, then writes it there. */
export async function writeFormatted(file: string, text: string): Promise<void> {
  writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
}
