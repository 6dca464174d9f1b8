/**
 * A text cut to at most `max` characters, ending in `…` when it was cut: for echoes of what a
 * client sent, and reports, that must stay readable and bounded whatever was sent.
 *
 * @example
 * clipText('/averyveryverylongname', 8); // '/averyv…'
 */
export function clipText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
