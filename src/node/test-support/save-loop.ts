import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../workspace/atomic-write';

/**
 * Child process of kill-during-save.test.ts: saves `target` through the real
 * atomic write, alternating two complete contents (starting with the one
 * it does not hold), until it is killed.
 * Usage: save-loop <target> <first content file> <second content file>
 *
 * It starts, prints "ready" and waits for a line on stdin before touching the
 * target, so the test can start the next one while it checks the last.
 */
const [target, firstFile, secondFile] = process.argv.slice(2);
if (!target || !firstFile || !secondFile) throw new Error('usage: save-loop <target> <first> <second>');
const contents = [await readFile(firstFile, 'utf8'), await readFile(secondFile, 'utf8')];
process.stdout.write('ready\n');
await once(process.stdin, 'data');
// The content the target does not hold goes first: every save that completes changes the file.
const holding = await readFile(target, 'utf8').catch(() => null);
const first = holding === contents[0] ? 1 : 0;
process.stdout.write('saving\n');
for (let round = first; ; round++) await writeFileAtomic(target, contents[round % 2]!);
