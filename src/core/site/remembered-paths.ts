/**
 * A pure function of a path, remembered for the paths it was last asked
 * about: an export works out every article's URL and output path on each
 * run, a thousand times over the same names. Forgets everything once it
 * holds `limit` paths, so a long-running app never grows it without bound.
 */
export function rememberedByPath(compute: (path: string) => string, limit = 20_000): (path: string) => string {
  const known = new Map<string, string>();
  return (path) => {
    let result = known.get(path);
    if (result === undefined) {
      result = compute(path);
      if (known.size >= limit) known.clear();
      known.set(path, result);
    }
    return result;
  };
}
