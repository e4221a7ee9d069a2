import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORT_MANIFEST_FILE } from '../../core/site';

/** One file an export wrote: its content hash, and the key of the inputs it was made from. */
export interface ManifestEntry {
  readonly hash: string;
  /** Bytes, so the next export can total the site without a stat per file (absent in older manifests). */
  readonly size?: number;
  readonly key: string;
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
  readonly files: Readonly<Record<string, ManifestEntry>>;
}

export async function readManifest(outFolder: string): Promise<ExportManifest | null> {
  try {
    const parsed = JSON.parse(await readFile(join(outFolder, EXPORT_MANIFEST_FILE), 'utf8')) as Partial<ExportManifest>;
    if (parsed.generator !== 'article-studio' || parsed.version !== 1 || typeof parsed.files !== 'object' || parsed.files === null) return null;
    return parsed as ExportManifest;
  } catch {
    return null;
  }
}

export function manifestText(files: Record<string, ManifestEntry>): string {
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ generator: 'article-studio', version: 1, files: sorted } satisfies ExportManifest, null, 1)}\n`;
}
