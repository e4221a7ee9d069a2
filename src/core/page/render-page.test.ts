import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article';
import { findExecutableContent, HOSTILE_PAYLOADS } from '../markdown/hostile-payloads.test-support';
import { DEFAULT_SETTINGS, type WorkspaceSettings } from '../site';
import { HOSTILE_URLS, hostileArticle } from './hostile-article.test-support';
import { renderPage } from './render-page';

const SETTINGS: WorkspaceSettings = {
  ...DEFAULT_SETTINGS,
  siteName: 'Quiet Ink',
  siteUrl: 'https://quiet-ink.example',
  language: 'en-GB',
  twitterSite: '@quietink',
  breadcrumbLinks: { Home: '/', Guides: '/guides' },
  defaultImage: '/assets/brand/card.png',
  timeZone: 'Europe/Berlin',
};

const ARTICLE = `---
date: 2025-12-22 19:22:11
date_updated_at: 2026-01-03
title: "Writing Offline: A Calm Workflow"
description: "How to keep writing when the network is gone, with files you own and a preview you trust."
og_title: ""
twitter_description: "Short card text."
breadcrumbs: "Home/Guides/Writing Offline"
keywords: "writing offline, markdown"
---

## Introduction

Text with ![A chart](/assets/guides/chart.png) and a [link](/guides/other).

| A | B |
|---|--:|
| 1 | 2 |
`;

function head(html: string, selector: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (nodes: Element['children']) => {
    for (const node of nodes) {
      if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        if (selector(node as Element)) found.push(node as Element);
        visit((node as Element).children);
      }
    }
  };
  visit(parseDocument(html).children);
  return found;
}

const meta = (html: string, key: string) =>
  head(html, (el) => el.name === 'meta' && (el.attribs.name === key || el.attribs.property === key)).map((el) => el.attribs.content);

describe('renderPage', () => {
  const html = renderPage(parseArticle(ARTICLE), SETTINGS, 'guides/writing-offline.md');

  it('is a complete HTML5 document in the workspace language with a strict CSP', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(head(html, (el) => el.name === 'meta' && el.attribs['http-equiv'] === 'Content-Security-Policy')[0]?.attribs.content).toMatch(
      /^default-src 'none'; img-src 'self' https: http:; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'; object-src 'none'$/,
    );
  });

  it('carries title, description, canonical, Open Graph and Twitter card values with fallbacks', () => {
    expect(html).toContain('<title>Writing Offline: A Calm Workflow</title>');
    expect(meta(html, 'description')).toEqual(['How to keep writing when the network is gone, with files you own and a preview you trust.']);
    expect(head(html, (el) => el.name === 'link' && el.attribs.rel === 'canonical')[0]?.attribs.href).toBe('https://quiet-ink.example/guides/writing-offline');
    expect(meta(html, 'og:title')).toEqual(['Writing Offline: A Calm Workflow']);
    expect(meta(html, 'twitter:description')).toEqual(['Short card text.']);
    expect(meta(html, 'og:image')).toEqual(['https://quiet-ink.example/assets/guides/chart.png']);
    expect(meta(html, 'og:image:alt')).toEqual(['A chart']);
    expect(meta(html, 'og:locale')).toEqual(['en_GB']);
    expect(meta(html, 'article:published_time')).toEqual(['2025-12-22T19:22:11+01:00']);
    expect(meta(html, 'article:modified_time')).toEqual(['2026-01-03T00:00:00+01:00']);
    expect(meta(html, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(html, 'twitter:site')).toEqual(['@quietink']);
    expect(meta(html, 'keywords')).toEqual(['writing offline, markdown']);
  });

  it('puts the generated JSON-LD in the head', () => {
    const blocks = head(html, (el) => el.name === 'script').map((el) => JSON.parse((el.children[0] as { data: string }).data) as { '@type': string });
    expect(blocks.map((block) => block['@type'])).toEqual(['WebPage', 'Article', 'BreadcrumbList']);
  });

  it('has a breadcrumb nav, an h1 and the article body', () => {
    expect(html).toContain('<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/guides">Guides</a></li><li aria-current="page">Writing Offline</li></ol></nav>');
    expect(html).toContain('<h1>Writing Offline: A Calm Workflow</h1>');
    expect(html).toContain('<div class="table-scroll"><table>');
    // The CSP allows no inline style attribute; alignment must arrive as a class.
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).toContain('<th class="align-right">B</th>');
    expect(html).toContain('<time datetime="2025-12-22T19:22:11+01:00">2025-12-22</time>');
  });

  it('never takes og:image from markup the sanitiser drops, and wraps raw tables too', () => {
    const raw = renderPage(parseArticle('---\ntitle: "Raw"\n---\n<noscript><img src="/hidden.png"></noscript>\n\n<table class="x"><tr><td>1</td></tr></table>\n'), SETTINGS, 'raw.md');
    expect(meta(raw, 'og:image')).toEqual(['https://quiet-ink.example/assets/brand/card.png']);
    expect(raw).toContain('<div class="table-scroll"><table class="x"><tr><td>1</td></tr></table></div>');
  });

  it('writes og:locale from the language and region subtags', () => {
    const zh = renderPage(parseArticle('---\ntitle: "T"\n---\nx\n'), { ...SETTINGS, language: 'zh-Hant-TW' }, 'x.md');
    expect(meta(zh, 'og:locale')).toEqual(['zh_TW']);
  });

  it('falls back to the default image when the article has none', () => {
    const plain = renderPage(parseArticle('---\ntitle: "Plain"\n---\nNo images.\n'), SETTINGS, 'plain.md');
    expect(meta(plain, 'og:image')).toEqual(['https://quiet-ink.example/assets/brand/card.png']);
  });

  it('is the same bytes every time for the same input', () => {
    expect(renderPage(parseArticle(ARTICLE), SETTINGS, 'guides/writing-offline.md')).toBe(html);
  });
});

describe('renderPage with hostile input in every field, the body and the FAQ', () => {
  it('has at least 30 payloads', () => {
    expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(30);
  });

  for (const [index, payload] of [...HOSTILE_PAYLOADS, ...HOSTILE_URLS].entries()) {
    it(`leaves nothing executable from payload ${index + 1}: ${payload.slice(0, 50)}`, () => {
      const page = renderPage(hostileArticle(payload), SETTINGS, 'guides/hostile.md');
      expect(findExecutableContent(page, { page: true })).toEqual([]);
      // JSON-LD: the payload survives as data, and nothing closes the script element early.
      const scripts = head(page, (el) => el.name === 'script');
      expect(scripts.length).toBeGreaterThanOrEqual(3);
      for (const script of scripts) {
        const json = (script.children[0] as { data: string }).data;
        expect(json).not.toMatch(/<\/?script/i);
        expect(() => JSON.parse(json) as unknown).not.toThrow();
      }
      const article = scripts.map((s) => JSON.parse((s.children[0] as { data: string }).data) as { '@type': string; headline?: string }).find((o) => o['@type'] === 'Article');
      expect(article?.headline).toBe(`title ${payload}`);
    });
  }
});
