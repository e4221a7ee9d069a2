import { access, lstat, stat, type Stats } from 'node:fs';

/**
 * Stats many files at once, each result in its path's place (an error where
 * the stat failed). Stats hold no file handle, so there is no limit to keep;
 * the callback API costs about half of the promise API's time per call,
 * which shows on the thousand stats of a re-export. With `links: false` a
 * symlink is described itself (lstat), not the file it leads to.
 */
export function statAll(paths: readonly string[], { links = true } = {}): Promise<(Stats | NodeJS.ErrnoException)[]> {
  const describe = links ? stat : lstat;
  return eachPath(paths, (path, done: (result: Stats | NodeJS.ErrnoException) => void) => describe(path, (error, info) => done(error ?? info)));
}

/** Whether each path exists, in its place: as statAll, without making a Stats object for each. */
export function existAll(paths: readonly string[]): Promise<boolean[]> {
  return eachPath(paths, (path, done: (found: boolean) => void) => access(path, (error) => done(error === null)));
}

function eachPath<T>(paths: readonly string[], call: (path: string, done: (result: T) => void) => void): Promise<T[]> {
  const results = new Array<T>(paths.length);
  if (paths.length === 0) return Promise.resolve(results);
  return new Promise((resolve) => {
    let left = paths.length;
    paths.forEach((path, index) =>
      call(path, (result) => {
        results[index] = result;
        if (--left === 0) resolve(results);
      }),
    );
  });
}
