import { Document, isCollection, isScalar, YAMLMap, type Node, type Scalar } from 'yaml';
import { YAML_OPTIONS } from './article';

/** A value the frontmatter form or the CLI can write: what JSON can hold. */
export type FieldValue = string | number | boolean | null | readonly FieldValue[] | { readonly [key: string]: FieldValue };

/** How the field's current value is written, so a new value can be written the same way. */
export interface FieldStyle {
  readonly scalarType?: Scalar.Type | undefined;
  readonly flow?: boolean | undefined;
  readonly flowPadding?: boolean | undefined;
}

export function styleOf(node: Node | null | undefined, source: string): FieldStyle {
  if (isScalar(node)) return { scalarType: node.type };
  if (isCollection(node)) {
    const flow = node.flow === true;
    const opening = node.range ? source.slice(node.range[0], node.range[0] + 2) : '';
    return { flow, flowPadding: flow && /^[[{]\s/.test(opening) };
  }
  return {};
}

/**
 * Renders `key: value` as YAML (no trailing line break, '\n' line endings) in
 * the given style. Long strings stay on one line: folding them would rewrite
 * lines the writer did not touch on the next edit.
 */
export function renderPair(key: string, value: FieldValue, style: FieldStyle): string {
  const doc = new Document(null, YAML_OPTIONS);
  const pair = doc.createPair(key, value);
  const node = pair.value as Node;
  if (isScalar(node) && typeof value === 'string' && style.scalarType) node.type = style.scalarType;
  if (isCollection(node) && style.flow) node.flow = true;
  const map = new YAMLMap();
  map.items.push(pair);
  doc.contents = map;
  const text = doc.toString({
    lineWidth: 0,
    nullStr: '',
    flowCollectionPadding: style.flowPadding ?? true,
  });
  return text.replace(/\n$/, '');
}

/** The value part of a rendered single-line pair (`key: value` → `value`). */
export function inlineValueOf(renderedPair: string, key: string): string | null {
  if (renderedPair.includes('\n')) return null;
  const keyDoc = new Document(key, YAML_OPTIONS).toString({ lineWidth: 0 }).replace(/\n$/, '');
  const prefix = `${keyDoc}:`;
  if (!renderedPair.startsWith(prefix)) return null;
  return renderedPair.slice(prefix.length).replace(/^ /, '');
}
