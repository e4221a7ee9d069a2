import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

export interface VnuMessage {
  readonly type: string;
  readonly url: string;
  readonly message: string;
  readonly lastLine?: number;
  readonly extract?: string;
}

/**
 * The W3C Nu HTML checker (npm vnu-jar) on the system Java, one JVM for all
 * files. Its own install script would download a JRE; it is denied in
 * package.json's allowScripts, and CI installs Debian's Java instead.
 */
export async function validateWithVnu(files: readonly string[]): Promise<VnuMessage[]> {
  const jar = join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
  try {
    const { stderr } = await run('java', ['-jar', jar, '--format', 'json', '--errors-only', ...files], { maxBuffer: 64 * 1024 * 1024 });
    return (JSON.parse(stderr || '{"messages":[]}') as { messages: VnuMessage[] }).messages;
  } catch (error) {
    const failed = error as { code?: number | string; stderr?: string };
    if (failed.code === 'ENOENT') throw new Error('java is not installed: the HTML validator needs it (apt-get install default-jre-headless)');
    // vnu exits 1 when it found errors; they are on stderr as JSON.
    return (JSON.parse(failed.stderr ?? '{"messages":[]}') as { messages: VnuMessage[] }).messages;
  }
}

interface SdttTest {
  readonly test: string;
  readonly description?: string;
  readonly error?: { message?: string };
}

interface SdttResult {
  readonly failed: readonly SdttTest[];
  readonly passed: readonly SdttTest[];
}

/** structured-data-testing-tool with the Google, Twitter and Facebook presets; returns the failed tests. */
export async function structuredDataFailures(html: string): Promise<SdttTest[]> {
  const { structuredDataTest } = require('structured-data-testing-tool') as {
    structuredDataTest: (input: string, options: { presets: unknown[] }) => Promise<SdttResult>;
  };
  const { Google, Twitter, Facebook } = require('structured-data-testing-tool/presets') as Record<string, unknown>;
  try {
    const result = await structuredDataTest(html, { presets: [Google, Twitter, Facebook] });
    return [...result.failed];
  } catch (error) {
    const result = (error as { res?: SdttResult }).res;
    if (!result) throw error;
    return [...result.failed];
  }
}
