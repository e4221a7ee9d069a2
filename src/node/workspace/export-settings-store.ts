import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { ExportSettings } from '../../core/api';
import { writeFileAtomic } from './atomic-write';

/** In the service's state folder; one entry per workspace, keyed by its real path. */
export const EXPORT_SETTINGS_FILE = 'export-settings.json';

interface ExportSettingsFile {
  readonly version: 1;
  readonly workspaces: Record<string, ExportSettings>;
}

/** Never exported: a folder beside the workspace, upload-ready links, no zip, no drafts. */
export function defaultExportSettings(workspaceRoot: string): ExportSettings {
  return { out: join(dirname(workspaceRoot), `${basename(workspaceRoot)}-site`), relative: false, zip: false, drafts: false };
}

/**
 * What each workspace's last export chose, remembered across launches.
 * Without a state folder nothing is remembered (every read gives the
 * defaults). A missing, corrupt or hand-edited file counts as "nothing
 * remembered" rather than an error: losing a remembered folder is a small
 * annoyance, refusing to export over it would be a real one.
 */
export class ExportSettingsStore {
  /** Writes one after another, so two quick exports cannot lose each other's entry in this process. */
  private pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly stateDir: string | undefined) {}

  async read(workspaceRoot: string): Promise<ExportSettings> {
    const remembered = (await this.readFile()).workspaces[workspaceRoot];
    return remembered ?? defaultExportSettings(workspaceRoot);
  }

  remember(workspaceRoot: string, settings: ExportSettings): Promise<void> {
    const stateDir = this.stateDir;
    if (stateDir === undefined) return Promise.resolve();
    const write = async () => {
      const file = await this.readFile();
      const next: ExportSettingsFile = { version: 1, workspaces: { ...file.workspaces, [workspaceRoot]: settings } };
      await mkdir(stateDir, { recursive: true });
      await writeFileAtomic(join(stateDir, EXPORT_SETTINGS_FILE), `${JSON.stringify(next, null, 2)}\n`);
    };
    const next = this.pending.catch(() => undefined).then(write);
    this.pending = next;
    return next;
  }

  private async readFile(): Promise<ExportSettingsFile> {
    const empty: ExportSettingsFile = { version: 1, workspaces: {} };
    if (this.stateDir === undefined) return empty;
    let data: unknown;
    try {
      data = JSON.parse(await readFile(join(this.stateDir, EXPORT_SETTINGS_FILE), 'utf8'));
    } catch {
      return empty;
    }
    const workspaces = (data as { workspaces?: unknown } | null)?.workspaces;
    if (typeof workspaces !== 'object' || workspaces === null) return empty;
    // Entry by entry: one mangled workspace does not cost the others theirs.
    const valid = Object.entries(workspaces).filter((entry): entry is [string, ExportSettings] => isExportSettings(entry[1]));
    return { version: 1, workspaces: Object.fromEntries(valid.map(([root, { out, relative, zip, drafts }]) => [root, { out, relative, zip, drafts }])) };
  }
}

function isExportSettings(value: unknown): value is ExportSettings {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.out === 'string' &&
    isAbsolute(entry.out) &&
    typeof entry.relative === 'boolean' &&
    typeof entry.zip === 'boolean' &&
    typeof entry.drafts === 'boolean'
  );
}
