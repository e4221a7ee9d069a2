import { DEFAULT_SETTINGS, type WorkspaceSettings } from '../site';
import { lintArticle } from './lint-article';
import type { LintContext } from './lint-context';

/**
 * An article that passes every check (but one: see CLEAN_EXCEPT), for the
 * rule tests to break one thing at a time.
 */
export const GOOD_PATH = 'guides/writing-offline.md';

export const GOOD = `---
date: 2025-09-14 08:41:27
date_updated_at: 2025-11-02
title: "Writing Offline: A Calm Workflow for Long Articles"
description: "Writing offline keeps long articles calm: plan in plain files, draft in short sessions and revise before you open a browser."
og_title: "A Calm Workflow for Writing Offline"
og_description: "Plan in plain files, draft in short sessions, revise before you go online."
twitter_title: "Writing Offline, Calmly"
twitter_description: "Plan in plain files, draft in short sessions and revise offline."
keywords: "writing offline, long-form articles"
image: /assets/guides/cover.png
---

## Why Writing Offline Helps

Writing offline keeps the whole argument in your head. Nothing interrupts the draft.

![A folder of Markdown files beside their images](/assets/guides/folders.png)

### Plan in Plain Files

Read [how to write an FAQ](/guides/faq-sections) before you start.

## FAQ

<details>
<summary>Is writing offline slower?</summary>
<p>No. It is calmer, and calm is faster.</p>
</details>
`;

/**
 * What GOOD is still told: 680 px of Arial 14 px hold about 115
 * characters, fewer than a description's minimum of 120, so mobile results
 * cut every good description.
 */
export const CLEAN_EXCEPT = ['seo/description-too-wide-mobile'];

export const CONTEXT: LintContext = {
  articles: [
    { path: GOOD_PATH, title: 'Writing Offline: A Calm Workflow for Long Articles', description: 'stale text from disk' },
    { path: 'guides/faq-sections.md', title: 'How to Write FAQ Sections', description: 'FAQ sections readers use.' },
  ],
  files: ['guides/writing-offline.md', 'guides/faq-sections.md', 'assets/guides/cover.png', 'assets/guides/folders.png', 'article-studio.json'],
};

export const NOW = new Date('2026-01-01T12:00:00Z');

export interface LintOptions {
  readonly path?: string;
  readonly settings?: Partial<WorkspaceSettings>;
  readonly context?: LintContext;
  readonly now?: Date;
}

export function lint(text: string, options: LintOptions = {}) {
  return lintArticle({
    path: options.path ?? GOOD_PATH,
    text,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    context: options.context ?? CONTEXT,
    now: options.now ?? NOW,
  });
}

/** The findings of one rule, as [line, severity, message] for readable expectations. */
export function findingsOf(text: string, ruleId: string, options?: LintOptions) {
  return lint(text, options)
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => [finding.line, finding.severity, finding.message] as const);
}

/** GOOD with one frontmatter line replaced (`key: value`), removed (`value` null) or added. */
export function withField(key: string, value: string | null, text = GOOD): string {
  const line = new RegExp(`^${key}:.*\\n`, 'm');
  if (line.test(text)) return text.replace(line, value === null ? '' : `${key}: ${value}\n`);
  return value === null ? text : text.replace(/\n---\n/, `\n${key}: ${value}\n---\n`);
}

export function withBody(body: string, text = GOOD): string {
  return text.slice(0, text.indexOf('\n---\n') + 5) + body;
}
