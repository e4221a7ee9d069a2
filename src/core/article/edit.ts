import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { ArticleError } from './article-error';
import { FRONTMATTER_FIRST_LINE, parseArticle, parseFrontmatterDocument, YAML_OPTIONS, type Article, type LineEnding } from './article';
import { inlineValueOf, renderPair, styleOf, type FieldValue, type FieldStyle } from './render-field';

/**
 * Edits change the smallest span of text that holds the field: the value
 * alone when old and new both fit on the key's line (so comments after it
 * survive), the field's own lines otherwise. Nothing outside that span moves.
 */

export function setField(article: Article, key: string, value: FieldValue): Article {
  assertFieldName(key);
  const current = findField(article, key);
  if (current && sameValue(Object.getOwnPropertyDescriptor(article.data, key)?.value, value)) return article;
  const style = current ? styleOf(current.pair.value as Node, article.yaml) : { scalarType: dominantStringType(article) };
  return writeField(article, key, current, renderPair(key, value, style));
}

/**
 * Sets a field from YAML source as a person typed it (`draft=true`,
 * `title=X: y`): a single scalar is written exactly as typed; anything else
 * (a mapping, a list, broken YAML) is taken as a plain string and quoted as
 * YAML requires.
 */
export function setFieldFromSource(article: Article, key: string, source: string): Article {
  assertFieldName(key);
  const typed = parseDocument(source, YAML_OPTIONS);
  const node = typed.contents;
  // "As typed" only when the whole text is one plain or quoted scalar: no
  // comment (`Tips #1`), anchor, alias, tag or block indicator.
  const isWholeScalar =
    typed.errors.length === 0 &&
    isScalar(node) &&
    node.range?.[0] === 0 &&
    node.range[1] === source.length &&
    node.anchor === undefined &&
    node.tag === undefined &&
    (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
    !source.includes('\n');
  if (!isWholeScalar) return setField(article, key, source);
  const current = findField(article, key);
  if (current && sameValue(Object.getOwnPropertyDescriptor(article.data, key)?.value, node.toJSON() as FieldValue)) return article;
  return writeField(article, key, current, `${renderPair(key, 'x', {}).slice(0, -1)}${source}`);
}

export function deleteField(article: Article, key: string): Article {
  const current = findField(article, key);
  if (!current || !article.layout.frontmatter) return article;
  const { yaml } = article;
  const start = lineStartOf(yaml, current.keyStart);
  const valueEnd = current.valueEnd;
  const lineBreak = yaml.indexOf('\n', valueEnd);
  const end = lineBreak === -1 ? yaml.length : lineBreak + 1;
  return withYaml(article, yaml.slice(0, start) + yaml.slice(end));
}

/** Replaces the body, leaving BOM, delimiters and frontmatter bytes untouched. */
export function setBody(article: Article, body: string): Article {
  if (body === article.body) return article;
  return parseArticle(composeArticleText(articleHead(article), body, article.eol, endsAtClosingDelimiter(article)));
}

/** Everything before the body: BOM, delimiters and frontmatter, verbatim. */
export function articleHead(article: Article): string {
  return article.text.slice(0, article.layout.bodyStart);
}

/**
 * Whether the file ends right at its closing `---` (a frontmatter-only file
 * with no final line break): body text added later must start on a new
 * line, since site generators need the delimiter alone on its line.
 */
export function endsAtClosingDelimiter(article: Article): boolean {
  return article.body === '' && /(^|\n)---[ \t]*$/.test(articleHead(article));
}

/**
 * Head and new body back into one file text. Only a file that ended at its
 * closing delimiter gets a line break before new text; any other file keeps
 * its bytes exactly, odd as they may be (`---,` read as a closing line).
 */
export function composeArticleText(head: string, body: string, eol: LineEnding, endsAtDelimiter: boolean): string {
  return endsAtDelimiter && body !== '' ? `${head}${eol}${body}` : head + body;
}

interface FoundField {
  readonly pair: Pair;
  readonly keyStart: number;
  readonly colonEnd: number;
  readonly emptyValue: boolean;
  readonly valueStart: number;
  readonly valueEnd: number;
}

function findField(article: Article, key: string): FoundField | null {
  if (!article.layout.frontmatter) return null;
  const doc: Document.Parsed = parseFrontmatterDocument(article.yaml);
  if (!isMap(doc.contents)) return null;
  if (doc.contents.flow) {
    throw new ArticleError(
      'UNSUPPORTED_VALUE',
      'this frontmatter is written as one {…} mapping; edit it as raw text',
      FRONTMATTER_FIRST_LINE,
    );
  }
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node | null;
    if (!isScalar(keyNode) || String(keyNode.value) !== key || !keyNode.range) continue;
    const colon = article.yaml.indexOf(':', keyNode.range[1]);
    const valueNode = pair.value as Node | null;
    const valueRange = valueNode?.range;
    const emptyValue = !valueRange || valueRange[0] === valueRange[1];
    // `key: &anchor` or `key: !!str` with nothing after: the value goes after
    // those properties, which yaml's empty range already points past.
    const hasProperties = valueNode !== null && (valueNode?.anchor !== undefined || valueNode?.tag !== undefined);
    const emptyAt = hasProperties && valueRange ? valueRange[0] : colon + 1;
    return {
      pair,
      keyStart: keyNode.range[0],
      colonEnd: colon + 1,
      emptyValue,
      valueStart: emptyValue ? emptyAt : valueRange[0],
      valueEnd: emptyValue ? emptyAt : trimTrailingBreaks(article.yaml, valueRange[0], valueRange[1]),
    };
  }
  return null;
}

function writeField(article: Article, key: string, current: FoundField | null, renderedPair: string): Article {
  const eolPair = renderedPair.replace(/\n/g, article.eol);
  if (!article.layout.frontmatter) {
    const { bomLength } = article.layout;
    const block = `---${article.eol}${eolPair}${article.eol}---${article.eol}`;
    return parseArticle(article.text.slice(0, bomLength) + block + article.text.slice(bomLength));
  }
  const { yaml } = article;
  if (!current) {
    const needsBreak = yaml !== '' && !yaml.endsWith('\n');
    return withYaml(article, `${yaml}${needsBreak ? article.eol : ''}${eolPair}${article.eol}`);
  }
  const inline = inlineValueOf(renderedPair, key);
  const currentSpan = yaml.slice(current.valueStart, current.valueEnd);
  const currentIsInline = !currentSpan.includes('\n') && !isBlockValue(current.pair.value as Node);
  if (inline !== null && currentIsInline) {
    // An empty value (null) leaves `key:` with no trailing space.
    if (inline === '') return withYaml(article, yaml.slice(0, current.colonEnd) + yaml.slice(current.valueEnd));
    const replacement = current.emptyValue ? ` ${inline}` : inline;
    return withYaml(article, yaml.slice(0, current.valueStart) + replacement + yaml.slice(current.valueEnd));
  }
  const end = Math.max(current.valueEnd, current.colonEnd);
  return withYaml(article, yaml.slice(0, current.keyStart) + eolPair + yaml.slice(end));
}

function withYaml(article: Article, yaml: string): Article {
  const fm = article.layout.frontmatter!;
  return parseArticle(article.text.slice(0, fm.yamlStart) + yaml + article.text.slice(fm.yamlEnd));
}

function isBlockValue(node: Node | null): boolean {
  if (isScalar(node)) return node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  return (isMap(node) || isSeq(node)) && !node.flow;
}

function trimTrailingBreaks(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
  return e;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) || Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  return aKeys.length === bKeys.length && aKeys.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** New string fields are quoted the way most of the file's strings already are. */
function dominantStringType(article: Article): FieldStyle['scalarType'] {
  if (!article.layout.frontmatter) return undefined;
  const doc = parseFrontmatterDocument(article.yaml);
  if (!isMap(doc.contents)) return undefined;
  const counts = new Map<string, number>();
  for (const pair of doc.contents.items) {
    const node = pair.value as Node | null;
    if (isScalar(node) && typeof node.value === 'string' && node.type) {
      counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
    }
  }
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return top && (top[0] === 'QUOTE_DOUBLE' || top[0] === 'QUOTE_SINGLE') ? top[0] : undefined;
}

function assertFieldName(key: string): void {
  if (key === '' || /[\r\n]/.test(key)) {
    throw new ArticleError('INVALID_FIELD_NAME', `"${key}" is not a usable field name`, FRONTMATTER_FIRST_LINE);
  }
}
