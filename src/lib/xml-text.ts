/**
 * Text made safe for an XML 1.0 document (a Word file is XML): characters XML 1.0 forbids are
 * dropped, namely the control characters other than tab, line feed and carriage return, lone
 * surrogates, and U+FFFE and U+FFFF. https://www.w3.org/TR/xml/#charsets
 */

const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` without the characters XML 1.0 forbids. */
export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, '');
}
