import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway workspace folder with the given files (relative path → content). */
export async function makeTempWorkspace(files: Record<string, string>): Promise<{ root: string; dispose: () => Promise<void> }> {
  const root = await realpath(await mkdtemp(join(tmpdir(), 'article-studio-test-')));
  for (const [relativePath, content] of Object.entries(files)) {
    const absolute = join(root, relativePath);
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, content);
  }
  return { root, dispose: () => rm(root, { recursive: true, force: true }) };
}

export const article = (title: string, extra = ''): string => `---\ntitle: "${title}"\ndate: 2025-12-22 19:22:11\n${extra}---\n\nBody of ${title}.\n`;
