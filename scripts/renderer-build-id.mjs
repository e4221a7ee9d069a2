import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A hash of the pure core's sources and the dependency lock: an export made
 * by a different renderer is rendered again instead of reused, even between
 * two builds of the same version.
 */
export function rendererBuildId() {
  const hash = createHash('sha256');
  const files = readdirSync('src/core', { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.ts') && !name.includes('.test'))
    .sort();
  for (const file of files) hash.update(file).update(readFileSync(join('src/core', file)));
  hash.update(readFileSync('package-lock.json'));
  return hash.digest('hex').slice(0, 16);
}
