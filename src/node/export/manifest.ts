import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORT_MANIFEST_FILE } from '../../core/site';

/** One file an export wrote: its content hash, and the key of the inputs it was made from. */
export interface ManifestEntry {
  readonly hash: string;
  /** Bytes, so the next export can total the site without a stat per file (absent in older manifests). */
  readonly size?: number;
  readonly key: string;
  /**
   * For pages: the article file's identity when it was read (see
   * `sourceSignature`). The same signature next time means the same text,
   * so the article need not be read again to know its key.
   */
  readonly source?: string;
  /** For pages: what the page needs (summary, files, links), so reusing it needs no render. */
  readonly page?: unknown;
}

/**
 * Written at the root of every export: the list of files the exporter owns.
 * Only these are ever replaced or removed; anything else in the folder is the
 * writer's and is carried over untouched. It also marks the folder as
 * output, so a workspace that contains its export never lists it as articles.
 */
export interface ExportManifest {
  readonly generator: 'article-studio';
  readonly version: 1;
  /** Renderer build, settings and options the pages were made with (absent in older manifests). */
  readonly settingsKey?: string;
  readonly files: Readonly<Record<string, ManifestEntry>>;
}

/**
 * The manifests this process wrote or read last, by output folder, with the
 * file's identity: an app exporting again into the same folder does not
 * parse megabytes of JSON it wrote itself. Any other writer changes the
 * identity, and the file is read again.
 */
const remembered = new Map<string, { readonly identity: string; readonly manifest: ExportManifest }>();
const REMEMBERED_FOLDERS = 4;

/**
 * A file's identity as far as its bytes go: a write changes its ctime (which
 * no program can set back) and usually its size, a replacement its inode.
 */
export const fileIdentity = (info: { ino: number; size: number; mtimeMs: number; ctimeMs: number }) => `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;

export async function readManifest(outFolder: string): Promise<ExportManifest | null> {
  const file = join(outFolder, EXPORT_MANIFEST_FILE);
  try {
    const identity = fileIdentity(await stat(file));
    const known = remembered.get(outFolder);
    if (known?.identity === identity) return known.manifest;
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<ExportManifest>;
    if (parsed.generator !== 'article-studio' || parsed.version !== 1 || typeof parsed.files !== 'object' || parsed.files === null) return null;
    remember(outFolder, identity, parsed as ExportManifest);
    return parsed as ExportManifest;
  } catch {
    return null;
  }
}

/** After an export has put `manifest` in place in `outFolder`. */
export async function rememberManifest(outFolder: string, manifest: ExportManifest): Promise<void> {
  const info = await stat(join(outFolder, EXPORT_MANIFEST_FILE)).catch(() => null);
  if (info) remember(outFolder, fileIdentity(info), manifest);
}

function remember(outFolder: string, identity: string, manifest: ExportManifest): void {
  remembered.delete(outFolder);
  remembered.set(outFolder, { identity, manifest });
  if (remembered.size > REMEMBERED_FOLDERS) remembered.delete(remembered.keys().next().value!);
}

export function newManifest(settingsKey: string, files: Record<string, ManifestEntry>): ExportManifest {
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { generator: 'article-studio', version: 1, settingsKey, files: sorted };
}

/**
 * One file per line: a diff of two exports' manifests shows which files
 * changed, and compact JSON is several times faster to write and read than
 * indented JSON for a thousand-page site.
 */
export function manifestText(manifest: ExportManifest): string {
  const files = Object.entries(manifest.files).map(([path, entry]) => lineOf(path, entry));
  return `{"generator":"article-studio","version":1,"settingsKey":${JSON.stringify(manifest.settingsKey ?? '')},"files":{\n${files.join(',\n')}\n}}\n`;
}

/** Each entry's line, by entry object: an entry carried over unchanged (see manifestEntries) is not serialised again. */
const entryLine = new WeakMap<ManifestEntry, { readonly path: string; readonly line: string }>();

function lineOf(path: string, entry: ManifestEntry): string {
  const known = entryLine.get(entry);
  if (known?.path === path) return known.line;
  const line = `${JSON.stringify(path)}:${JSON.stringify(entry)}`;
  entryLine.set(entry, { path, line });
  return line;
}
