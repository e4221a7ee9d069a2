import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';

/**
 * Cold listings need the files out of the OS page cache. Dropping the whole
 * cache (/proc/sys/vm/drop_caches) needs privileges this machine's container
 * does not give and would slow everyone else's work; instead each file of the
 * workspace is dropped with posix_fadvise(DONTNEED), which any owner may ask
 * for. Node has no fadvise, Python does: one python3 process for all files.
 * Folder entries and inodes stay cached either way; only file contents go.
 */
const FADVISE = [
  'import os, sys',
  'for path in sys.stdin.buffer.read().split(b"\\0"):',
  '    if path:',
  '        fd = os.open(path, os.O_RDONLY)',
  '        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)',
  '        os.close(fd)',
].join('\n');

export type DropMethod = 'posix_fadvise' | 'none';

/** Writes dirty pages out (DONTNEED skips dirty ones), then drops the files' cached pages. */
export function dropFromPageCache(paths: readonly string[]): DropMethod {
  spawnSync('sync', { stdio: 'ignore' });
  const result = spawnSync('python3', ['-c', FADVISE], { input: paths.join('\0'), stdio: ['pipe', 'ignore', 'pipe'] });
  return result.status === 0 ? 'posix_fadvise' : 'none';
}

/**
 * The share of these files' bytes in the page cache now (util-linux fincore),
 * or null when fincore is missing: how the report shows the drop worked.
 */
export function residentShare(paths: readonly string[]): number | null {
  const result = spawnSync('fincore', ['--bytes', '--noheadings', '--raw', '--output', 'RES', ...paths], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  const resident = result.stdout.split('\n').filter(Boolean).reduce((sum, line) => sum + Number(line.trim()), 0);
  const total = paths.reduce((sum, path) => sum + statSync(path).size, 0);
  return total === 0 ? 0 : resident / total;
}
