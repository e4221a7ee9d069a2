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
 * In graph mode `breadcrumb` references the BreadcrumbList node. In separate
 * mode it is left out: embedding the list would give Google the same trail
 * twice (in WebPage and in its own block), and an @id reference across
 * separate script blocks is not something Google's Rich Results reliably
 * follow. The standalone BreadcrumbList block is what Google reads.
 */
export function webPageNode(facts: ArticleFacts, settings: WorkspaceSettings, ids: NodeIds | null): WebPage {
  return {
    '@type': 'WebPage',
    '@id': ids?.webPage ?? facts.url,
    url: facts.url,
    ...(facts.title !== undefined ? { name: facts.title } : {}),
    ...(facts.description !== undefined ? { description: facts.description } : {}),
    inLanguage: settings.language,
    ...(ids ? { breadcrumb: { '@id': ids.breadcrumb } satisfies IdReference } : {}),
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

/** A crumb without a link gets no `item`: Google allows that for no crumb but the last, which is why checks report it. */
export function breadcrumbListNode(facts: ArticleFacts, ids: NodeIds | null): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    ...(ids ? { '@id': ids.breadcrumb } : {}),
    itemListElement: facts.crumbs.map(
      (crumb, index): ListItem => ({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.name,
        ...(crumb.url !== undefined ? { item: crumb.url } : {}),
      }),
    ),
  };
}
