/**
 * The answer region with blank leading and trailing lines dropped and the
 * indentation its lines share removed. Text on the `</summary>` line itself
 * (a compact `<summary>Q</summary><p>A</p>`) has no indentation of its own,
 * so it does not take part in finding the shared indentation.
 */
export function trimAnswer(region: string): string {
  const parts = region.split(/(\r?\n)/);
  const lines = [];
  for (let index = 0; index < parts.length; index += 2) lines.push({ text: parts[index]!, eol: parts[index + 1] ?? '', ownLine: index > 0 });
  while (lines.length > 0 && lines[0]!.text.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)!.text.trim() === '') lines.pop();
  if (lines.length === 0) return '';
  const indented = lines.filter((line) => line.ownLine && line.text.trim() !== '').map((line) => /^[ \t]*/.exec(line.text)![0]);
  const shared = indented.reduce((common, indent) => commonPrefix(common, indent), indented[0] ?? '');
  const last = lines.length - 1;
  return lines
    .map((line, index) => {
      const text = line.ownLine ? line.text.slice(Math.min(shared.length, /^[ \t]*/.exec(line.text)![0].length)) : line.text.trimStart();
      return (index === last ? text.trimEnd() : text) + (index === last ? '' : line.eol);
    })
    .join('');
}

function commonPrefix(a: string, b: string): string {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return a.slice(0, length);
}

/** Answer text as a writer typed it, brought to the same shape (all of its lines are whole lines). */
export function trimTypedAnswer(text: string): string {
  return trimAnswer(`\n${text}`);
}
