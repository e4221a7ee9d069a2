/**
 * Every rule the SEO checks report, with its default severity. Imports
 * nothing, so the workspace settings can tell a rule id from a typo without
 * pulling the checks in. The severity a workspace sets in
 * `article-studio.json` ("rules": { "<id>": "off" | "error" | "warning" |
 * "info" }) replaces the default, for graded rules too.
 */
export const RULE_SETTINGS = ['off', 'error', 'warning', 'info'] as const;

export type RuleSetting = (typeof RULE_SETTINGS)[number];

export const SEO_RULES = {
  /** error: the frontmatter does not parse, so nothing else can be checked. */
  invalidFrontmatter: 'seo/invalid-frontmatter',
  /** error: the article file cannot be read as UTF-8 text (reported by the CLI, which reads files). */
  unreadable: 'seo/unreadable',
  /** error: no title; the page falls back to the file name. */
  titleMissing: 'seo/title-missing',
  /** error past TITLE_ERROR_PX (Google cuts it), warning past TITLE_WARN_PX. */
  titleTooWide: 'seo/title-too-wide',
  /** warning: Google writes its own snippet from the page. */
  descriptionMissing: 'seo/description-missing',
  /** warning: under DESCRIPTION_MIN_CHARS characters. */
  descriptionTooShort: 'seo/description-too-short',
  /** warning: over DESCRIPTION_MAX_CHARS characters. */
  descriptionTooLong: 'seo/description-too-long',
  /** warning: wider than DESCRIPTION_DESKTOP_PX in Arial 14 px, so desktop results cut it. */
  descriptionTooWide: 'seo/description-too-wide',
  /**
   * info: wider than DESCRIPTION_MOBILE_PX, so mobile results cut it. Only
   * info: 680 px holds about 115 characters, fewer than the 120 a
   * description should have, so almost every good description is cut on
   * phones; the finding says where.
   */
  descriptionTooWideMobile: 'seo/description-too-wide-mobile',
  /** info: og/twitter fields not written; the cards use the title and description. */
  socialFallback: 'seo/social-fallback',
  /** info: an og/twitter field repeats the title or description; fix: remove it so it follows them. */
  socialDuplicate: 'seo/social-duplicate',
  /** warning: twitter:title (written or from the title) over TWITTER_TITLE_MAX characters. */
  twitterTitleTooLong: 'seo/twitter-title-too-long',
  /** warning: twitter:description over TWITTER_DESCRIPTION_MAX characters. */
  twitterDescriptionTooLong: 'seo/twitter-description-too-long',
  /** info: no `keywords`, so no focus keyword to check. */
  focusKeywordNone: 'seo/focus-keyword-none',
  /** warning: the focus keyword is not in the title (searchers see the title first, matches in bold). */
  focusKeywordTitle: 'seo/focus-keyword-title',
  /** warning: not in the description (matches are bold in the snippet). */
  focusKeywordDescription: 'seo/focus-keyword-description',
  /** info: not in the first paragraph. */
  focusKeywordFirstParagraph: 'seo/focus-keyword-first-paragraph',
  /** info: in no heading. */
  focusKeywordHeading: 'seo/focus-keyword-heading',
  /** info: not in the URL (renaming a published file breaks links, so only a hint). */
  focusKeywordUrl: 'seo/focus-keyword-url',
  /** warning: an h1 in the body; the title is the page's h1. */
  headingH1InBody: 'seo/heading-h1-in-body',
  /** warning: a heading level skipped (h2 then h4; the body starting at h3). */
  headingSkippedLevel: 'seo/heading-skipped-level',
  /** warning: an image (Markdown or <img>) without alt text. */
  imageMissingAlt: 'seo/image-missing-alt',
  /** error: a link to an article the workspace does not have. */
  brokenLink: 'seo/broken-link',
  /** error: an image or file the article references is not in the workspace. */
  missingAsset: 'seo/missing-asset',
  /** warning: an FAQ heading with no questions under it. */
  faqHeadingEmpty: 'seo/faq-heading-empty',
  /** warning: an FAQ item without a question or an answer; FAQPage leaves it out. */
  faqItemIncomplete: 'seo/faq-item-incomplete',
  /** warning: no `date`, so the Article has no datePublished. */
  dateMissing: 'seo/date-missing',
  /** error: `date` or `date_updated_at` is not a date. */
  dateInvalid: 'seo/date-invalid',
  /** error: `date_updated_at` is before `date`. */
  dateUpdatedBeforePublished: 'seo/date-updated-before-published',
  /** warning: a date after now. */
  dateInFuture: 'seo/date-in-future',
  /** warning: another article of the workspace has the same title. */
  duplicateTitle: 'seo/duplicate-title',
  /** warning: another article has the same description. */
  duplicateDescription: 'seo/duplicate-description',
  /** info: a paragraph over MAX_PARAGRAPH_WORDS words. */
  paragraphTooLong: 'seo/paragraph-too-long',
  /** info: a sentence over MAX_SENTENCE_WORDS words. */
  sentenceTooLong: 'seo/sentence-too-long',
  /** warning: English text with a Flesch reading ease under MIN_FLESCH_READING_EASE. */
  fleschReadingEase: 'seo/flesch-reading-ease',
} as const;

/** The JSON-LD checks (src/core/jsonld, `checkJsonLd`), which the SEO checks include. */
export const JSONLD_RULE_IDS = ['jsonld/headline-too-long', 'jsonld/embedded-disagrees', 'jsonld/embedded-invalid', 'jsonld/breadcrumb-unlinked'] as const;

export type SeoRuleId = (typeof SEO_RULES)[keyof typeof SEO_RULES];

/** Every id a workspace may configure. */
export const LINT_RULE_IDS: ReadonlySet<string> = new Set<string>([...Object.values(SEO_RULES), ...JSONLD_RULE_IDS]);
