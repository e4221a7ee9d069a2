import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Bundles one TypeScript entry into a plain ES module that `node` can run,
 * for tests that need a real child process (vitest cannot fork TypeScript on
 * Node 20). Only Node's built-ins stay external, so the bundle runs from any
 * folder.
 */
export async function bundleForNode(entry: string, outDir: string): Promise<string> {
  const fileName = 'entry.mjs';
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: {
        external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
        output: { format: 'es', entryFileNames: fileName },
      },
    },
  });
  return join(outDir, fileName);
}
