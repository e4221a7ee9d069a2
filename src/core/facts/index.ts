export { articleFacts, type ArticleFacts, type Crumb, type FaqEntry } from './article-facts';
export { textField, listField, breadcrumbNamesField, frontmatterKeyLine } from './frontmatter-values';
export { faqAnswerText } from './faq-answer';
export { ogLocale } from './og-locale';
