/**
 * Text for between the brackets of a Markdown link or image, kept on one
 * line. Balanced brackets stay as typed (CommonMark allows them there, and
 * markdown-it drops escaped characters from an image's alt text); only a
 * bracket without its partner, and a backslash that would escape the next
 * character, get a backslash.
 */
export function linkText(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const unmatched = new Set<number>();
  const open: number[] = [];
  chars.forEach((char, index) => {
    if (char === '[') open.push(index);
    else if (char === ']' && open.pop() === undefined) unmatched.add(index);
  });
  open.forEach((index) => unmatched.add(index));
  return chars.map((char, index) => (unmatched.has(index) || (char === '\\' && /[!-/:-@[-`{-~]/.test(chars[index + 1] ?? '')) ? `\\${char}` : char)).join('');
}
