import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StudioError } from '../../core/api';
import { EXPORT_CHANGES_FILE, EXPORT_MANIFEST_FILE } from '../../core/site';

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
 * On disk `files` is a JSON object, one file per line, sorted by path.
 */
export interface ExportManifest {
  /** Renderer build, settings and options the pages were made with (empty for older manifests). */
  readonly settingsKey: string;
  readonly files: ReadonlyMap<string, ManifestEntry>;
}

/**
 * The manifest is written whole now and then, and in between only the
 * entries changed since (the changes file, named after the whole one's
 * `generation`): a thousand-page site's manifest is megabytes, most of it
 * the pages' links, and writing it whole was a third of re-exporting one
 * article. Once the changes reach a quarter of the whole manifest's size,
 * the next export writes it whole again; a changes file naming another
 * generation (left by a run killed after a whole write) is ignored, and
 * one that is damaged stops the export (see readChanges).
 */
const CHANGES_SHARE = 4;

/** A file to put in the export folder last, once every page it lists is there. */
export interface ManifestWrite {
  /** EXPORT_MANIFEST_FILE or EXPORT_CHANGES_FILE. */
  readonly path: string;
  readonly text: string;
  readonly state: ManifestState;
}

/** What an export folder's manifest files say, and how the whole one was written (for the next changes file). */
interface ManifestState {
  readonly manifest: ExportManifest;
  readonly whole: { readonly generation: string | undefined; readonly files: ReadonlyMap<string, ManifestEntry>; readonly length: number };
}

/**
 * The manifests this process wrote or read last, by output folder, with the
 * files' identity: an app exporting again into the same folder does not
 * parse megabytes of JSON it wrote itself. Any other writer changes the
 * identity, and the files are read again.
 */
const remembered = new Map<string, { readonly identity: string; readonly manifest: ExportManifest }>();
/** How the whole manifest behind each manifest this module handed out was written: the next changes file is made against it. */
const wholeOf = new WeakMap<ExportManifest, ManifestState['whole']>();
const REMEMBERED_FOLDERS = 4;

/**
 * A file's identity as far as its bytes go: a write changes its ctime (which
 * no program can set back) and usually its size, a replacement its inode.
 */
export const fileIdentity = (info: { ino: number; size: number; mtimeMs: number; ctimeMs: number }) => `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;

async function folderIdentity(outFolder: string): Promise<string | null> {
  const [whole, changes] = await Promise.all([stat(join(outFolder, EXPORT_MANIFEST_FILE)).catch(() => null), stat(join(outFolder, EXPORT_CHANGES_FILE)).catch(() => null)]);
  return whole ? `${fileIdentity(whole)}+${changes ? fileIdentity(changes) : '-'}` : null;
}

/** The files the export in `outFolder` owns, with the changes since its manifest was written whole; null without a manifest. */
export async function readManifest(outFolder: string): Promise<ExportManifest | null> {
  const identity = await folderIdentity(outFolder);
  if (identity === null) return null;
  const known = remembered.get(outFolder);
  if (known?.identity === identity) return known.manifest;
  const text = await readFile(join(outFolder, EXPORT_MANIFEST_FILE), 'utf8').catch(() => null);
  const whole = text === null ? null : parseManifest(text);
  if (whole === null) return null;
  const changes = whole.generation === undefined ? null : await readChanges(outFolder, whole.generation);
  const manifest: ExportManifest = changes ? applyChanges(whole, changes) : whole;
  remember(outFolder, identity, { manifest, whole: { generation: whole.generation, files: whole.files, length: text!.length } });
  return manifest;
}

function parseManifest(text: string): (ExportManifest & { generation: string | undefined }) | null {
  try {
    const parsed = JSON.parse(text) as { generator?: unknown; version?: unknown; generation?: unknown; settingsKey?: unknown; files?: unknown };
    if (parsed.generator !== 'article-studio' || parsed.version !== 1 || typeof parsed.files !== 'object' || parsed.files === null) return null;
    return {
      generation: typeof parsed.generation === 'string' ? parsed.generation : undefined,
      settingsKey: typeof parsed.settingsKey === 'string' ? parsed.settingsKey : '',
      files: new Map(Object.entries(parsed.files as Record<string, ManifestEntry>)),
    };
  } catch {
    return null;
  }
}

/**
 * The changes file, when there is one written against this generation of
 * the manifest (one naming another was left from before the manifest was
 * last written whole, which holds all it says). One that cannot be read or
 * is damaged stops the export: without it the exporter cannot tell the
 * files it wrote since from the writer's, and would publish a removed
 * article's page for good.
 */
async function readChanges(outFolder: string, generation: string): Promise<{ settingsKey?: string; files: Record<string, ManifestEntry | null> } | null> {
  const file = join(outFolder, EXPORT_CHANGES_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw unusableChanges(outFolder, file, `cannot be read (${(error as Error).message})`);
  }
  let parsed: { generator?: unknown; changes?: unknown; settingsKey?: unknown; files?: unknown };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw unusableChanges(outFolder, file, 'is damaged');
  }
  if (parsed.generator !== 'article-studio' || typeof parsed.changes !== 'string' || typeof parsed.files !== 'object' || parsed.files === null) throw unusableChanges(outFolder, file, 'is damaged');
  if (parsed.changes !== generation) return null;
  return { ...(typeof parsed.settingsKey === 'string' ? { settingsKey: parsed.settingsKey } : {}), files: parsed.files as Record<string, ManifestEntry | null> };
}

function unusableChanges(outFolder: string, file: string, what: string): StudioError {
  return new StudioError(
    'IO_ERROR',
    `${file} ${what}, so the exporter cannot tell the files it wrote into ${outFolder} from yours; nothing was exported. Move any files of your own out of that folder, delete it, and export again.`,
    file,
  );
}

function applyChanges(whole: ExportManifest, changes: { settingsKey?: string; files: Record<string, ManifestEntry | null> }): ExportManifest {
  const files = new Map(whole.files);
  for (const [path, entry] of Object.entries(changes.files)) {
    if (entry === null) files.delete(path);
    else files.set(path, entry);
  }
  return { settingsKey: changes.settingsKey ?? whole.settingsKey, files };
}

/**
 * How to record `manifest` over `previous`, what readManifest returned at
 * the start of this export: the entries that differ from the whole manifest
 * behind it when they are few, or a whole new manifest (always without a
 * previous one, and for a new tree swapped in whole).
 */
export function manifestWrite(previous: ExportManifest | null, manifest: ExportManifest, { whole: wanted = false } = {}): ManifestWrite {
  const whole = previous ? wholeOf.get(previous) : undefined;
  if (!wanted && whole?.generation !== undefined) {
    const lines: string[] = [];
    for (const [path, entry] of manifest.files) {
      if (whole.files.get(path) !== entry) lines.push(lineOf(path, entry));
    }
    for (const path of whole.files.keys()) {
      if (!manifest.files.has(path)) lines.push(`${JSON.stringify(path)}:null`);
    }
    const text = `{"generator":"article-studio","changes":${JSON.stringify(whole.generation)},"settingsKey":${JSON.stringify(manifest.settingsKey)},"files":{\n${lines.join(',\n')}\n}}\n`;
    if (text.length * CHANGES_SHARE <= whole.length) return { path: EXPORT_CHANGES_FILE, text, state: { manifest, whole } };
  }
  const files = fileLines(manifest);
  // Made from the files and the generation before, not drawn at random: two exports of the same site write the same bytes (whatever the number of render threads), and a new generation never repeats the one a stale changes file names.
  const generation = createHash('sha256').update(`${whole?.generation ?? ''}\n${manifest.settingsKey}\n`).update(files).digest('hex').slice(0, 16);
  const text = `{"generator":"article-studio","version":1,"generation":${JSON.stringify(generation)},"settingsKey":${JSON.stringify(manifest.settingsKey)},"files":{\n${files}\n}}\n`;
  return { path: EXPORT_MANIFEST_FILE, text, state: { manifest, whole: { generation, files: manifest.files, length: text.length } } };
}

/** After an export has put `written` in place in `outFolder`. */
export async function rememberManifest(outFolder: string, written: ManifestWrite): Promise<void> {
  const identity = await folderIdentity(outFolder);
  if (identity !== null) remember(outFolder, identity, written.state);
}

function remember(outFolder: string, identity: string, state: ManifestState): void {
  wholeOf.set(state.manifest, state.whole);
  remembered.delete(outFolder);
  remembered.set(outFolder, { identity, manifest: state.manifest });
  if (remembered.size > REMEMBERED_FOLDERS) remembered.delete(remembered.keys().next().value!);
}

/**
 * One file per line, sorted: a diff of two exports' manifests shows which
 * files changed, and compact JSON is several times faster to write and read
 * than indented JSON for a thousand-page site.
 */
function fileLines(manifest: ExportManifest): string {
  const paths = [...manifest.files.keys()].sort();
  return paths.map((path) => lineOf(path, manifest.files.get(path)!)).join(',\n');
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
