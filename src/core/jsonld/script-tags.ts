import type { JsonLdObject } from './types';

/**
 * Characters that could end or confuse an inline `<script>` element, or
 * break it when the page is read as JavaScript. JSON allows `\uXXXX` for any
 * character inside a string, and these only occur inside strings in
 * serialised JSON, so escaping them changes no value.
 */
const UNSAFE_IN_SCRIPT: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** JSON pretty-printed with two spaces, safe to place between `<script>` tags. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char]!);
}

export function jsonLdScriptTag(object: JsonLdObject): string {
  return `<script type="application/ld+json">\n${scriptSafeJson(object)}\n</script>`;
}

/** One `<script type="application/ld+json">` per object, separated by a newline. */
export function jsonLdScriptTags(objects: readonly JsonLdObject[]): string {
  return objects.map(jsonLdScriptTag).join('\n');
}
