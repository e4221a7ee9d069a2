import type { ExportedPage, PageSummary } from '../../core/export';
import type { ManifestEntry } from './manifest';

/** A page's entry in the manifest also remembers what it needs, so a reused page needs no render. */
export interface PageRecord {
  readonly summary: PageSummary;
  readonly files: ExportedPage['files'];
  readonly pageLinks: ExportedPage['pageLinks'];
}

export type Entry = ManifestEntry & { readonly page?: PageRecord };

/** One file of the new export and where its bytes come from. */
export type Planned = Entry &
  (
    | { readonly from: 'previous' }
    /** Rendered and written to the staging folder already. */
    | { readonly from: 'staged'; readonly size: number }
    | { readonly from: 'data'; readonly data: string | Uint8Array }
    | { readonly from: 'file'; readonly file: string }
  );
