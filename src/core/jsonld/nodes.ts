import type { Article, BreadcrumbList, FAQPage, IdReference, ListItem, Organization, Person, Question, Thing, WebPage } from 'schema-dts';
import { absoluteUrl, type WorkspaceSettings } from '../site';
import type { ArticleFacts } from '../facts';


/**
 * The four schema.org nodes of an article page, typed with schema-dts so a
 * misspelt property or a wrong value type fails the build. `ids` is set in
 * graph mode, where the nodes name and reference each other; in separate
 * mode every block stands alone.
 */
export interface NodeIds {
  readonly webPage: string;
  readonly article: string;
  readonly faq: string;
  readonly breadcrumb: string;
}

export function graphIds(url: string): NodeIds {
  return { webPage: `${url}#webpage`, article: `${url}#article`, faq: `${url}#faq`, breadcrumb: `${url}#breadcrumb` };
}

/**
 * `breadcrumb` references the BreadcrumbList by its `@id` in both modes:
 * JSON-LD processors join nodes with the same `@id` across the blocks of a
 * page, and embedding the list instead would state the trail twice.
 */
export function webPageNode(facts: ArticleFacts, settings: WorkspaceSettings, ids: NodeIds | null): WebPage {
  return {
    '@type': 'WebPage',
    '@id': ids?.webPage ?? facts.url,
    url: facts.url,
    ...(facts.title !== undefined ? { name: facts.title } : {}),
    ...(facts.description !== undefined ? { description: facts.description } : {}),
    inLanguage: settings.language,
    breadcrumb: { '@id': ids?.breadcrumb ?? breadcrumbId(facts.url) } satisfies IdReference,
  };
}

export function articleNode(facts: ArticleFacts, settings: WorkspaceSettings, ids: NodeIds | null): Article {
  const logo = settings.publisher.logo !== undefined ? absoluteUrl(settings, settings.publisher.logo) : null;
  const publisher: Organization = {
    '@type': 'Organization',
    name: settings.publisher.name,
    ...(logo !== null ? { logo: { '@type': 'ImageObject', url: logo } } : {}),
  };
  const mainEntityOfPage: WebPage | IdReference = ids ? { '@id': ids.webPage } : { '@type': 'WebPage', '@id': facts.url };
  return {
    '@type': 'Article',
    ...(ids ? { '@id': ids.article } : {}),
    ...(facts.title !== undefined ? { headline: facts.title } : {}),
    ...(facts.description !== undefined ? { description: facts.description } : {}),
    ...(facts.image !== undefined ? { image: facts.image } : {}),
    ...(facts.datePublished !== undefined ? { datePublished: facts.datePublished } : {}),
    ...(facts.dateModified !== undefined ? { dateModified: facts.dateModified } : {}),
    author: authorNode(settings.author),
    publisher,
    mainEntityOfPage,
    ...(facts.keywords.length > 0 ? { keywords: facts.keywords } : {}),
    ...(facts.things.length > 0 ? { about: facts.things.map((name): Thing => ({ '@type': 'Thing', name })) } : {}),
    inLanguage: settings.language,
  };
}

function authorNode(author: WorkspaceSettings['author']): Person | Organization {
  const url = author.url !== undefined ? { url: author.url } : {};
  return author.type === 'Person' ? { '@type': 'Person', name: author.name, ...url } : { '@type': 'Organization', name: author.name, ...url };
}

/** Null when the body has no FAQ items: an empty FAQPage is invalid for Google. */
export function faqPageNode(facts: ArticleFacts, ids: NodeIds | null): FAQPage | null {
  if (facts.faq.length === 0) return null;
  return {
    '@type': 'FAQPage',
    ...(ids ? { '@id': ids.faq } : {}),
    mainEntity: facts.faq.map(
      (entry): Question => ({
        '@type': 'Question',
        name: entry.question,
        acceptedAnswer: { '@type': 'Answer', text: entry.answer },
      }),
    ),
  };
}

const breadcrumbId = (url: string) => `${url}#breadcrumb`;

/**
 * A middle crumb without a link is left out: Google rejects a ListItem with
 * no `item` anywhere but last. The page's visible trail still shows it, and
 * the checks report the missing link.
 */
export function breadcrumbListNode(facts: ArticleFacts, ids: NodeIds | null): BreadcrumbList {
  const linked = facts.crumbs.filter((crumb, index) => crumb.url !== undefined || index === facts.crumbs.length - 1);
  return {
    '@type': 'BreadcrumbList',
    '@id': ids?.breadcrumb ?? breadcrumbId(facts.url),
    itemListElement: linked.map(
      (crumb, index): ListItem => ({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.name,
        ...(crumb.url !== undefined ? { item: crumb.url } : {}),
      }),
    ),
  };
}
