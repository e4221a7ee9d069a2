import { isObject } from './nodes-of';
import type { GeneratedType, JsonLdObject } from './types';

/**
 * The facts a hand-written block and the generated one must agree on, per
 * type, read the same way from both so that formatting (whitespace, answer
 * markup, a relative URL, `{ "@id": … }` vs a plain URL) is no disagreement.
 * Each difference reads `field "embedded" vs "generated"`.
 */
export function disagreements(type: GeneratedType, embedded: JsonLdObject, generated: JsonLdObject, pageUrl: string): string[] {
  const differences: string[] = [];
  const compare = (field: string, mine: string | undefined, theirs: string | undefined, same = (a: string, b: string) => a === b, limit = MAX_QUOTED): void => {
    if (mine === theirs || (mine !== undefined && theirs !== undefined && same(mine, theirs))) return;
    differences.push(`${field} ${quote(mine, limit)} vs ${quote(theirs, limit)}`);
  };
  const compareUrls = (field: string, mine: string | undefined, theirs: string | undefined): void => compare(field, mine, theirs, undefined, Infinity);
  if (type === 'Article') {
    compare('headline', text(embedded.headline), text(generated.headline));
    compare('description', text(embedded.description), text(generated.description));
    compare('author name', text(first(embedded.author, 'name')), text(first(generated.author, 'name')));
    for (const field of ['datePublished', 'dateModified'] as const) {
      if (embedded[field] !== undefined) compare(field, text(embedded[field]), text(generated[field]), sameDate);
    }
    if (embedded.image !== undefined) compareUrls('image', url(first(embedded.image, 'url'), pageUrl), url(first(generated.image, 'url'), pageUrl));
  } else if (type === 'WebPage') {
    compare('name', text(embedded.name), text(generated.name));
    compare('description', text(embedded.description), text(generated.description));
    compareUrls('url', pageAddress(embedded, pageUrl), pageAddress(generated, pageUrl));
  } else if (type === 'FAQPage') {
    differences.push(...faqDisagreements(embedded, generated));
  } else {
    const embeddedCrumbs = crumbs(embedded, pageUrl);
    const generatedCrumbs = crumbs(generated, pageUrl);
    compare('names', embeddedCrumbs.names.join(' / '), generatedCrumbs.names.join(' / '));
    compareUrls('item URLs', embeddedCrumbs.items.join(' '), generatedCrumbs.items.join(' '));
  }
  return differences;
}

const MAX_FAQ_DETAILS = 3;

function faqDisagreements(embedded: JsonLdObject, generated: JsonLdObject): string[] {
  const mine = questions(embedded);
  const theirs = questions(generated);
  const details: string[] = [];
  if (mine.length !== theirs.length) details.push(`${mine.length} questions vs ${theirs.length}`);
  for (let index = 0; index < Math.min(mine.length, theirs.length); index++) {
    if (mine[index]!.question !== theirs[index]!.question) details.push(`question ${index + 1} ${quote(mine[index]!.question)} vs ${quote(theirs[index]!.question)}`);
    if (mine[index]!.answer !== theirs[index]!.answer) details.push(`answer ${index + 1} ${quote(mine[index]!.answer)} vs ${quote(theirs[index]!.answer)}`);
  }
  if (details.length <= MAX_FAQ_DETAILS + 1) return details;
  return [...details.slice(0, MAX_FAQ_DETAILS), `and ${details.length - MAX_FAQ_DETAILS} more differences in the questions and answers`];
}

function questions(node: JsonLdObject): { question: string; answer: string }[] {
  return list(node.mainEntity)
    .filter(isObject)
    .map((question) => ({ question: text(question.name) ?? '', answer: answerText(first(question.acceptedAnswer, 'text')) }));
}

/** Answers are compared as the text a reader sees: tags dropped, common entities decoded. */
function answerText(value: unknown): string {
  const html = text(value) ?? '';
  const withoutTags = html.replace(/<(?:br|\/p|\/div|\/li|\/h[1-6])\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '');
  const decoded = withoutTags.replace(/&(lt|gt|quot|#39|apos|nbsp|amp);/g, (_entity, name: string) => ENTITIES[name]!);
  return decoded.replace(/\s+/g, ' ').trim();
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0', amp: '&' };

function crumbs(node: JsonLdObject, pageUrl: string): { names: string[]; items: string[] } {
  const items = list(node.itemListElement)
    .filter(isObject)
    .sort((a, b) => Number(a.position) - Number(b.position));
  return {
    names: items.map((item) => text(item.name) ?? text(first(item.item, 'name')) ?? ''),
    items: items.map((item) => url(first(item.item, '@id') ?? first(item.item, 'url'), pageUrl) ?? '(none)'),
  };
}

/** A WebPage's address: `url`, else `@id` without a fragment (`…#webpage` in graph mode). */
function pageAddress(node: JsonLdObject, pageUrl: string): string | undefined {
  return url(node.url, pageUrl) ?? url(text(node['@id'])?.replace(/#.*$/, ''), pageUrl);
}

/** The first value of a possibly repeated property; for objects, their `key` (`author.name`, `image.url`). */
function first(value: unknown, key: string): unknown {
  const [head] = list(value);
  return isObject(head) ? head[key] : head;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const collapsed = value.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? undefined : collapsed;
}

function url(value: unknown, pageUrl: string): string | undefined {
  const written = text(value);
  if (written === undefined) return undefined;
  try {
    return new URL(written, pageUrl).href;
  } catch {
    return written;
  }
}

/** A date alone agrees with a date-time on the same day; date-times agree when they are the same instant. */
function sameDate(embedded: string, generated: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(embedded)) return generated.startsWith(embedded);
  const a = Date.parse(embedded);
  const b = Date.parse(generated);
  return !Number.isNaN(a) && a === b;
}

/** Long texts are cut in messages; URLs are not, since their ends are what differ. */
const MAX_QUOTED = 60;

function quote(value: string | undefined, limit = MAX_QUOTED): string {
  if (value === undefined) return '(none)';
  const points = [...value];
  return JSON.stringify(points.length > limit ? `${points.slice(0, limit - 1).join('').trimEnd()}…` : value);
}
