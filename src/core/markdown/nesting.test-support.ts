/**
 * Where a rendered fragment does not nest as it reads, or null when it does:
 * every closing tag closes the element opened last, and every element is
 * closed. Our output escapes every `<` outside a tag, so scanning tags is
 * enough here.
 */
const VOID = new Set(['br', 'hr', 'img', 'input', 'col', 'wbr']);
const TAG = /<(\/?)([a-z][a-z0-9]*)[^>]*>/g;

export function nestingProblem(html: string): string | null {
  const open: string[] = [];
  for (const [tag, closing, name] of html.matchAll(TAG)) {
    if (VOID.has(name!)) continue;
    if (!closing) open.push(name!);
    else if (open.pop() !== name) return `${tag} closes <${open.concat(name!).at(-2) ?? 'nothing'}>`;
  }
  return open.length > 0 ? `left open: ${open.join(', ')}` : null;
}
