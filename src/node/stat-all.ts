import { lstat, stat, type Stats } from 'node:fs';

/**
 * Stats many files at once, each result in its path's place (an error where
 * the stat failed). Stats hold no file handle, so there is no limit to keep;
 * the callback API costs about half of the promise API's time per call,
 * which shows on the thousand stats of a re-export. With `links: false` a
 * symlink is described itself (lstat), not the file it leads to.
 */
export function statAll(paths: readonly string[], { links = true } = {}): Promise<(Stats | NodeJS.ErrnoException)[]> {
  const describe = links ? stat : lstat;
  const results = new Array<Stats | NodeJS.ErrnoException>(paths.length);
  if (paths.length === 0) return Promise.resolve(results);
  return new Promise((resolve) => {
    let left = paths.length;
    paths.forEach((path, index) => {
      describe(path, (error, info) => {
        results[index] = error ?? info;
        if (--left === 0) resolve(results);
      });
    });
  });
}
