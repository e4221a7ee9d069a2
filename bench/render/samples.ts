/** One renderer at one article size, as render.bench.ts measured it for the report. */
export interface RenderSample {
  /** '2 KB', '20 KB', '200 KB', '1 MB' */
  readonly size: string;
  /** 'markdown-it' and 'marked' (raw), 'markdown' (ours: Markdown + sanitiser), 'page' (ours: the whole page). */
  readonly name: 'markdown-it' | 'marked' | 'markdown' | 'page';
  /** What the renderer was given: the body for Markdown renderers, the whole file for the page. */
  readonly inputBytes: number;
  readonly count: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly mbPerSecond: number;
}

export interface RenderSamples {
  readonly quick: boolean;
  readonly results: readonly RenderSample[];
}
