/**
 * The public shape of JSON-LD here is plain JSON objects: callers serialise
 * them, compare them and merge them with hand-written blocks, none of which
 * needs schema-dts's deep types (those are used while building, in nodes.ts).
 */
export type JsonLdObject = Record<string, unknown>;

/** The schema.org context every generated block carries. */
export const SCHEMA_CONTEXT = 'https://schema.org';

/** The node types this app generates, in the order it emits them. */
export const GENERATED_TYPES = ['WebPage', 'Article', 'FAQPage', 'BreadcrumbList'] as const;
export type GeneratedType = (typeof GENERATED_TYPES)[number];

interface EmbeddedJsonLdBase {
  /** Body offsets: the `<` of `<script` and just past the `>` of `</script>` (the body's end when never closed). */
  readonly start: number;
  readonly end: number;
  /** Body offsets of the JSON text between the tags. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** 1-based body lines of `<script` and of the block's last character. */
  readonly line: number;
  readonly endLine: number;
}

/** A `<script type="application/ld+json">` block written in an article body. */
export type EmbeddedJsonLd = EmbeddedJsonLdBase &
  (
    | {
        readonly valid: true;
        /** The parsed JSON: an object, an array, or an object with `@graph`. */
        readonly value: unknown;
        /** The top-level nodes: the object itself, the array's objects, or the `@graph` items. */
        readonly nodes: readonly JsonLdObject[];
        /** Every `@type` among the nodes, schema.org prefixes removed, in order, without repeats. */
        readonly types: readonly string[];
      }
    | {
        readonly valid: false;
        readonly error: string;
        /** 1-based body line where the JSON stops being valid. */
        readonly errorLine: number;
        readonly nodes: readonly [];
        readonly types: readonly [];
      }
  );
