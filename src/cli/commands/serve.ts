import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';
import { StudioHost } from '../../node/host';
import { startWebServer } from '../../node/server/web-server';
import { openWorkspace, prepareSampleWorkspace } from '../../node/workspace';
import { CliUsageError, type CliIo } from '../cli-io';
import { openInBrowser } from '../open-browser';

/** Next to the built CLI (out/cli): the built renderer and the bundled sample. */
const RENDERER_ROOT = fileURLToPath(new URL('../renderer/', import.meta.url));
const SAMPLE_WORKSPACE = fileURLToPath(new URL('../../examples/sample-workspace/', import.meta.url));

export function dataDir(io: CliIo): string {
  return io.env.ARTICLE_STUDIO_DATA_DIR ?? envPaths('article-studio', { suffix: '' }).data;
}

export async function serveCommand(workspace: string | undefined, options: { port?: string; open?: boolean }, io: CliIo): Promise<() => Promise<void>> {
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliUsageError(`--port must be a number from 0 to 65535, got "${options.port}"`);
  const root = workspace ?? (await prepareSampleWorkspace(SAMPLE_WORKSPACE, dataDir(io)));
  const stateDir = dataDir(io);
  // The browser cannot open a file:// page itself; this process asks the OS to.
  const open = (folder: string) => openWorkspace(folder, { stateDir, openResult: async (path) => openInBrowser(path) });
  // No pickFolder: a browser page cannot show the server's folders, so the UI offers a path field.
  const host = await StudioHost.start(await open(root), { stateDir, openWorkspace: open });
  const server = await startWebServer({ service: host, rendererRoot: RENDERER_ROOT, port, workspaceRoot: () => host.root });
  io.stdout(`Article Studio is serving ${host.root}\nOpen ${server.url}\n`);
  if (options.open) openInBrowser(server.url);
  return async () => {
    await server.close();
    await host.close();
  };
}
