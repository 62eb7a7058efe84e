/** Light/dark choice: the stored value is distrusted and anything unknown means « follow the system ». */

/** localStorage key of the reader's theme choice (versioned). */
export const THEME_KEY = 'msst:theme:v1';

/** A theme the reader chose, or null when they follow the system. */
export type ThemeChoice = 'light' | 'dark' | null;

/** Reads a stored value; anything but « light » or « dark » counts as no choice. */
export function parseTheme(raw: string | null | undefined): ThemeChoice {
  return raw === 'light' || raw === 'dark' ? raw : null;
}

/** The theme in effect given the reader's choice and whether the system prefers dark. */
export function effectiveTheme(choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' {
  return choice ?? (systemPrefersDark ? 'dark' : 'light');
}
