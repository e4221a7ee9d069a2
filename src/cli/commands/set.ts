import { readFile, realpath } from 'node:fs/promises';
import { isArticleError, parseArticle, setFieldFromSource, type Article } from '../../core/article';
import { writeFileAtomic } from '../../node/workspace/atomic-write';
import { CliFailure, CliUsageError, type CliIo } from '../cli-io';

/** `key=value` pairs as typed; the value is everything after the first '='. */
export function parseAssignments(assignments: readonly string[]): [string, string][] {
  return assignments.map((assignment) => {
    const at = assignment.indexOf('=');
    if (at <= 0) throw new CliUsageError(`"${assignment}" is not key=value`);
    return [assignment.slice(0, at), assignment.slice(at + 1)];
  });
}

export async function setCommand(file: string, assignments: readonly string[], io: CliIo): Promise<void> {
  const pairs = parseAssignments(assignments);
  let target: string;
  let text: string;
  try {
    target = await realpath(file);
    text = await readFile(target, 'utf8');
  } catch (error) {
    throw new CliFailure(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let article: Article;
  try {
    article = pairs.reduce((current, [key, value]) => setFieldFromSource(current, key, value), parseArticle(text));
  } catch (error) {
    if (isArticleError(error)) throw new CliFailure(error.inFile(file).message);
    throw error;
  }
  if (article.text === text) {
    io.stdout(`${file}: unchanged\n`);
    return;
  }
  await writeFileAtomic(target, article.text);
  io.stdout(`${file}: set ${pairs.map(([key]) => key).join(', ')}\n`);
}
