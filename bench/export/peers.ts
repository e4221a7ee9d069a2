import { join } from 'node:path';
import { PAGE_CSP, PAGE_STYLE } from '../../src/core/page';
import { assetFiles, SITE, writeTree, type Corpus } from './workspace';

/**
 * The peers build the same corpus into an equivalent site: every article at
 * /guides/article-<n>/index.html with the same head (title, description,
 * keywords, canonical, Open Graph, Twitter card, CSP, the same inline
 * stylesheet), JSON-LD (WebPage, Article, BreadcrumbList; serialised by the
 * tool, `<` escaped), breadcrumbs, dates and body; plus a front page listing
 * every article, sitemap.xml, robots.txt, 404.html and the referenced images.
 * Article Studio does a little more per page (sanitising, a FAQPage block
 * from the <details>, link and asset checks), which only counts against it.
 */

// ---------------------------------------------------------------- Eleventy

const ELEVENTY_CONFIG = `// Eleventy 3 site for the export benchmark (generated; see bench/export/peers.ts).
export default function (eleventyConfig) {
  // The site lives under bench-results/tmp/, which the repository's .gitignore lists.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addPassthroughCopy({ 'src/assets': 'assets' });
  eleventyConfig.addGlobalData('site', ${JSON.stringify(SITE)});
  eleventyConfig.addGlobalData('layout', 'article.11ty.js');
}

export const config = {
  dir: { includes: '_includes' },
  // Markdown as Markdown (markdown-it, html: true: Eleventy's default library), not a Liquid template first.
  markdownTemplateEngine: false,
  templateFormats: ['md', '11ty.js'],
};
`;

/** Shared by the layout and the index pages: the same escaping, dates and shell as ours. */
const ELEVENTY_HELPERS = `export const STYLE = ${JSON.stringify(PAGE_STYLE)};
export const CSP = ${JSON.stringify(PAGE_CSP)};
export const esc = (value) => String(value ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
export const iso = (value) => {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value);
  const date = value instanceof Date ? value : new Date(/^\\d{4}-\\d{2}-\\d{2}$/.test(text) ? text + 'T00:00:00Z' : text.replace(' ', 'T') + 'Z');
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace(/\\.\\d{3}Z$/, '+00:00');
};
export const base = (site) => site.siteUrl.replace(/\\/+$/, '');
export const withoutSlash = (url) => (url.length > 1 ? url.replace(/\\/+$/, '') : url);
export const jsonLd = (object) => '<script type="application/ld+json">\\n' + JSON.stringify(object, null, 2).replace(/</g, '\\\\u003c') + '\\n</script>';
export const shell = ({ lang, title, head, body }) => [
  '<!DOCTYPE html>', '<html lang="' + esc(lang) + '">', '<head>', '<meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  '<meta http-equiv="Content-Security-Policy" content="' + esc(CSP) + '">',
  '<title>' + esc(title) + '</title>', ...head, '<style>' + STYLE + '</style>', '</head>', '<body>', ...body, '</body>', '</html>', '',
].join('\\n');
export const header = (site) => '<header class="site-header"><a href="/">' + esc(site.siteName) + '</a></header>';
`;

const ELEVENTY_LAYOUT = `import { base, esc, header, iso, jsonLd, shell, withoutSlash } from './helpers.js';

export default function (data) {
  const { site, page, content } = data;
  const root = base(site);
  const url = root + withoutSlash(page.url);
  const title = data.title ?? '';
  const description = data.description ?? '';
  const published = iso(page.date);
  const modified = iso(data.date_updated_at) ?? published;
  const firstImage = /<img src="([^"]+)"/.exec(content)?.[1];
  const image = root + (firstImage ?? site.defaultImage);
  const keywords = String(data.keywords ?? '').split(',').map((word) => word.trim()).filter(Boolean);
  // As ours: the trail's last name is this page; the names before it need a link in the settings.
  const names = String(data.breadcrumbs ?? '').split('/').map((name) => name.trim()).filter(Boolean);
  const current = names.pop() ?? title;
  const crumbs = names.filter((name) => site.breadcrumbLinks[name]);
  const crumbItems = [
    ...crumbs.map((name, index) => ({ '@type': 'ListItem', position: index + 1, name, item: root + site.breadcrumbLinks[name] })),
    { '@type': 'ListItem', position: crumbs.length + 1, name: current, item: url },
  ];
  const faq = [...content.matchAll(/<summary>([\\s\\S]*?)<\\/summary>\\s*<p>([\\s\\S]*?)<\\/p>/g)]
    .map(([, question, answer]) => ({ '@type': 'Question', name: question.trim(), acceptedAnswer: { '@type': 'Answer', text: answer.trim() } }));
  const head = [
    '<meta name="description" content="' + esc(description) + '">',
    '<meta name="keywords" content="' + esc(data.keywords) + '">',
    '<link rel="canonical" href="' + esc(url) + '">',
    '<meta property="og:type" content="article">',
    '<meta property="og:url" content="' + esc(url) + '">',
    '<meta property="og:title" content="' + esc(title) + '">',
    '<meta property="og:description" content="' + esc(description) + '">',
    '<meta property="og:image" content="' + esc(image) + '">',
    '<meta property="og:site_name" content="' + esc(site.siteName) + '">',
    '<meta property="og:locale" content="en_US">',
    published ? '<meta property="article:published_time" content="' + esc(published) + '">' : '',
    modified ? '<meta property="article:modified_time" content="' + esc(modified) + '">' : '',
    '<meta name="twitter:card" content="summary_large_image">',
    '<meta name="twitter:site" content="' + esc(site.twitterSite) + '">',
    '<meta name="twitter:title" content="' + esc(title) + '">',
    '<meta name="twitter:description" content="' + esc(description) + '">',
    '<meta name="twitter:image" content="' + esc(image) + '">',
    jsonLd({ '@context': 'https://schema.org', '@type': 'WebPage', '@id': url, url, name: title, description, inLanguage: site.language, breadcrumb: { '@id': url + '#breadcrumb' } }),
    jsonLd({
      '@context': 'https://schema.org', '@type': 'Article', headline: title, description, image, datePublished: published, dateModified: modified,
      author: { '@type': site.author.type, name: site.author.name },
      publisher: { '@type': 'Organization', name: site.publisher.name, logo: { '@type': 'ImageObject', url: root + site.publisher.logo } },
      mainEntityOfPage: { '@type': 'WebPage', '@id': url }, keywords, inLanguage: site.language,
    }),
    faq.length > 0 ? jsonLd({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: faq }) : '',
    jsonLd({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', '@id': url + '#breadcrumb', itemListElement: crumbItems }),
  ].filter(Boolean);
  const nav = crumbs.map((name) => '<li><a href="' + esc(site.breadcrumbLinks[name]) + '">' + esc(name) + '</a></li>').join('') + '<li aria-current="page">' + esc(current) + '</li>';
  const dates = published
    ? '<p class="article-meta">Published <time datetime="' + esc(published) + '">' + published.slice(0, 10) + '</time>' +
      (modified !== published ? ' · Updated <time datetime="' + esc(modified) + '">' + modified.slice(0, 10) + '</time>' : '') + '</p>'
    : '';
  return shell({
    lang: site.language, title, head,
    body: [header(site), '<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>' + nav + '</ol></nav>', '<main>', '<article>', '<h1>' + esc(title) + '</h1>', dates, content, '</article>', '</main>', '<footer class="site-footer">' + esc(site.siteName) + '</footer>'],
  });
}
`;

const ELEVENTY_INDEX = `import { base, esc, header, iso, shell } from './_includes/helpers.js';

export const data = { permalink: '/index.html', layout: false, eleventyExcludeFromCollections: true };

export default function (data) {
  const { site } = data;
  const pages = data.collections.all
    .map((page) => ({ url: page.url.replace(/\\/+$/, ''), title: String(page.data.title ?? ''), description: String(page.data.description ?? ''), date: iso(page.date) ?? '' }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  const items = pages.map((page) => '<li><h2><a href="' + esc(page.url) + '">' + esc(page.title) + '</a></h2><time datetime="' + esc(page.date) + '">' + page.date.slice(0, 10) + '</time><p>' + esc(page.description) + '</p></li>');
  return shell({
    lang: site.language, title: site.siteName,
    head: ['<link rel="canonical" href="' + esc(base(site)) + '/">', '<meta name="description" content="' + esc('Articles from ' + site.siteName) + '">'],
    body: [header(site), '<main>', '<h1>' + esc(site.siteName) + '</h1>', '<ul class="article-index">', ...items, '</ul>', '</main>'],
  });
}
`;

const ELEVENTY_SITEMAP = `import { base, iso } from './_includes/helpers.js';

export const data = { permalink: '/sitemap.xml', layout: false, eleventyExcludeFromCollections: true };
const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export default function (data) {
  const root = base(data.site);
  const entries = data.collections.all
    .map((page) => ({ url: root + page.url.replace(/\\/+$/, ''), lastmod: iso(page.data.date_updated_at) ?? iso(page.date) }))
    .sort((a, b) => a.url.localeCompare(b.url))
    .map((page) => '  <url>\\n    <loc>' + xml(page.url) + '</loc>\\n' + (page.lastmod ? '    <lastmod>' + xml(page.lastmod) + '</lastmod>\\n' : '') + '  </url>');
  return '<?xml version="1.0" encoding="UTF-8"?>\\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\\n  <url>\\n    <loc>' + xml(root) + '/</loc>\\n  </url>\\n' + entries.join('\\n') + '\\n</urlset>\\n';
}
`;

const ELEVENTY_404 = `import { esc, header, shell } from './_includes/helpers.js';

export const data = { permalink: '/404.html', layout: false, eleventyExcludeFromCollections: true };

export default function (data) {
  const { site } = data;
  return shell({
    lang: site.language, title: 'Page not found · ' + site.siteName, head: ['<meta name="robots" content="noindex">'],
    body: [header(site), '<main>', '<h1>Page not found</h1>', '<p>There is no page at this address. <a href="/">Go to the front page</a>.</p>', '</main>'],
  });
}
`;

const ELEVENTY_ROBOTS = `import { base } from './_includes/helpers.js';

export const data = { permalink: '/robots.txt', layout: false, eleventyExcludeFromCollections: true };

export default function (data) {
  return 'User-agent: *\\nAllow: /\\n\\nSitemap: ' + base(data.site) + '/sitemap.xml\\n';
}
`;

/** An Eleventy 3 project: `src/` holds the same Markdown files, the images, the JavaScript layout and the site pages. */
export async function writeEleventySite(root: string, corpus: Corpus): Promise<void> {
  await writeTree(root, [
    { path: 'package.json', data: '{ "private": true, "type": "module" }\n' },
    { path: 'eleventy.config.mjs', data: ELEVENTY_CONFIG },
    { path: 'src/_includes/helpers.js', data: ELEVENTY_HELPERS },
    { path: 'src/_includes/article.11ty.js', data: ELEVENTY_LAYOUT },
    { path: 'src/index.11ty.js', data: ELEVENTY_INDEX },
    { path: 'src/sitemap.11ty.js', data: ELEVENTY_SITEMAP },
    { path: 'src/404.11ty.js', data: ELEVENTY_404 },
    { path: 'src/robots.11ty.js', data: ELEVENTY_ROBOTS },
    ...corpus.articles.map((article) => ({ path: `src/${article.path}`, data: article.text })),
    ...assetFiles(corpus, 'src/'),
  ]);
}

export function eleventyCommand(root: string, out: string, eleventyCli: string) {
  return { file: process.execPath, args: [eleventyCli, '--config=eleventy.config.mjs', '--input=src', `--output=${out}`, '--quiet'], cwd: root };
}

// ---------------------------------------------------------------- Hugo

const HUGO_CONFIG = `# Hugo site for the export benchmark (generated; see bench/export/peers.ts).
baseURL = ${JSON.stringify(`${SITE.siteUrl}/`)}
languageCode = ${JSON.stringify(SITE.language)}
title = ${JSON.stringify(SITE.siteName)}
uglyURLs = false
enableRobotsTXT = true
# Pages, the front page, 404, robots.txt and the sitemap, as Article Studio writes.
disableKinds = ["taxonomy", "term", "RSS", "section"]

[markup.goldmark.renderer]
  # The FAQ's <details> blocks are raw HTML.
  unsafe = true

[params]
  siteName = ${JSON.stringify(SITE.siteName)}
  twitterSite = ${JSON.stringify(SITE.twitterSite)}
  defaultImage = ${JSON.stringify(SITE.defaultImage)}
  [params.author]
    name = ${JSON.stringify(SITE.author.name)}
    type = ${JSON.stringify(SITE.author.type)}
  [params.publisher]
    name = ${JSON.stringify(SITE.publisher.name)}
    logo = ${JSON.stringify(SITE.publisher.logo)}
  [params.breadcrumbLinks]
${Object.entries(SITE.breadcrumbLinks).map(([name, link]) => `    ${name} = ${JSON.stringify(link)}`).join('\n')}
`;

const HUGO_HEAD = `<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP.replace(/'/g, '&#39;')}">`;

const HUGO_STYLE = `<style>${PAGE_STYLE}</style>`;

const HUGO_SINGLE = `${HUGO_HEAD}
{{- $base := strings.TrimSuffix "/" site.BaseURL }}
{{- $url := strings.TrimSuffix "/" .Permalink }}
{{- $format := "2006-01-02T15:04:05-07:00" }}
{{- $published := .Date.Format $format }}
{{- $modified := $published }}
{{- with .Params.date_updated_at }}{{ $modified = (time.AsTime .).Format $format }}{{ end }}
{{- $image := print $base site.Params.defaultImage }}
{{- with findRESubmatch \`<img src="([^"]+)"\` .Content 1 }}{{ $image = print $base (index (index . 0) 1) }}{{ end }}
{{- $keywords := slice }}
{{- /* Hugo reads a "keywords" string as a list of words: join it back. */}}
{{- $keywordText := delimit .Keywords " " }}
{{- range split $keywordText "," }}{{ with trim . " " }}{{ $keywords = $keywords | append . }}{{ end }}{{ end }}
{{- /* As ours: the trail's last name is this page; the names before it need a link in the settings. */}}
{{- $names := slice }}
{{- range split (.Params.breadcrumbs | default "") "/" }}{{ with trim . " " }}{{ $names = $names | append . }}{{ end }}{{ end }}
{{- $current := .Title }}
{{- with $names }}{{ $current = index (last 1 .) 0 }}{{ end }}
{{- $crumbs := slice }}
{{- range $i, $name := $names }}{{ if and (lt $i (sub (len $names) 1)) (index site.Params.breadcrumblinks (lower $name)) }}{{ $crumbs = $crumbs | append $name }}{{ end }}{{ end }}
{{- $items := slice }}
{{- range $i, $name := $crumbs }}{{ $items = $items | append (dict "@type" "ListItem" "position" (add $i 1) "name" $name "item" (print $base (index site.Params.breadcrumblinks (lower $name)))) }}{{ end }}
{{- $items = $items | append (dict "@type" "ListItem" "position" (add (len $crumbs) 1) "name" $current "item" $url) }}
{{- $faq := slice }}
{{- range findRESubmatch \`<summary>([\\s\\S]*?)</summary>\\s*<p>([\\s\\S]*?)</p>\` .Content -1 }}{{ $faq = $faq | append (dict "@type" "Question" "name" (trim (index . 1) " \\n") "acceptedAnswer" (dict "@type" "Answer" "text" (trim (index . 2) " \\n"))) }}{{ end }}
{{- $webpage := dict "@context" "https://schema.org" "@type" "WebPage" "@id" $url "url" $url "name" .Title "description" .Description "inLanguage" site.LanguageCode "breadcrumb" (dict "@id" (print $url "#breadcrumb")) }}
{{- $author := dict "@type" site.Params.author.type "name" site.Params.author.name }}
{{- $publisher := dict "@type" "Organization" "name" site.Params.publisher.name "logo" (dict "@type" "ImageObject" "url" (print $base site.Params.publisher.logo)) }}
{{- $article := dict "@context" "https://schema.org" "@type" "Article" "headline" .Title "description" .Description "image" $image "datePublished" $published "dateModified" $modified "author" $author "publisher" $publisher "mainEntityOfPage" (dict "@type" "WebPage" "@id" $url) "keywords" $keywords "inLanguage" site.LanguageCode }}
{{- $breadcrumbs := dict "@context" "https://schema.org" "@type" "BreadcrumbList" "@id" (print $url "#breadcrumb") "itemListElement" $items }}
<title>{{ .Title }}</title>
<meta name="description" content="{{ .Description }}">
<meta name="keywords" content="{{ $keywordText }}">
<link rel="canonical" href="{{ $url }}">
<meta property="og:type" content="article">
<meta property="og:url" content="{{ $url }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:description" content="{{ .Description }}">
<meta property="og:image" content="{{ $image }}">
<meta property="og:site_name" content="{{ site.Params.siteName }}">
<meta property="og:locale" content="en_US">
<meta property="article:published_time" content="{{ $published }}">
<meta property="article:modified_time" content="{{ $modified }}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="{{ site.Params.twitterSite }}">
<meta name="twitter:title" content="{{ .Title }}">
<meta name="twitter:description" content="{{ .Description }}">
<meta name="twitter:image" content="{{ $image }}">
<script type="application/ld+json">
{{ jsonify (dict "indent" "  ") $webpage | safeJS }}
</script>
<script type="application/ld+json">
{{ jsonify (dict "indent" "  ") $article | safeJS }}
</script>
{{- with $faq }}
<script type="application/ld+json">
{{ jsonify (dict "indent" "  ") (dict "@context" "https://schema.org" "@type" "FAQPage" "mainEntity" .) | safeJS }}
</script>
{{- end }}
<script type="application/ld+json">
{{ jsonify (dict "indent" "  ") $breadcrumbs | safeJS }}
</script>
${HUGO_STYLE}
</head>
<body>
<header class="site-header"><a href="/">{{ site.Params.siteName }}</a></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>{{ range $crumbs }}<li><a href="{{ index site.Params.breadcrumblinks (lower .) }}">{{ . }}</a></li>{{ end }}<li aria-current="page">{{ $current }}</li></ol></nav>
<main>
<article>
<h1>{{ .Title }}</h1>
<p class="article-meta">Published <time datetime="{{ $published }}">{{ .Date.Format "2006-01-02" }}</time>{{ if ne $modified $published }} · Updated <time datetime="{{ $modified }}">{{ slicestr $modified 0 10 }}</time>{{ end }}</p>
{{ .Content }}
</article>
</main>
<footer class="site-footer">{{ site.Params.siteName }}</footer>
</body>
</html>
`;

const HUGO_INDEX = `${HUGO_HEAD}
<title>{{ site.Params.siteName }}</title>
<link rel="canonical" href="{{ strings.TrimSuffix "/" site.BaseURL }}/">
<meta name="description" content="Articles from {{ site.Params.siteName }}">
${HUGO_STYLE}
</head>
<body>
<header class="site-header"><a href="/">{{ site.Params.siteName }}</a></header>
<main>
<h1>{{ site.Params.siteName }}</h1>
<ul class="article-index">
{{- range site.RegularPages.ByDate.Reverse }}
<li><h2><a href="{{ strings.TrimSuffix "/" .RelPermalink }}">{{ .Title }}</a></h2><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2006-01-02" }}</time><p>{{ .Description }}</p></li>
{{- end }}
</ul>
</main>
</body>
</html>
`;

const HUGO_404 = `${HUGO_HEAD}
<title>Page not found · {{ site.Params.siteName }}</title>
<meta name="robots" content="noindex">
${HUGO_STYLE}
</head>
<body>
<header class="site-header"><a href="/">{{ site.Params.siteName }}</a></header>
<main>
<h1>Page not found</h1>
<p>There is no page at this address. <a href="/">Go to the front page</a>.</p>
</main>
</body>
</html>
`;

const HUGO_ROBOTS = `User-agent: *
Allow: /

Sitemap: {{ strings.TrimSuffix "/" site.BaseURL }}/sitemap.xml
`;

/** A Hugo site: `content/guides/` holds the same Markdown files (YAML front matter as is), `static/assets/` the images. */
export async function writeHugoSite(root: string, corpus: Corpus): Promise<void> {
  await writeTree(root, [
    { path: 'hugo.toml', data: HUGO_CONFIG },
    { path: 'layouts/_default/single.html', data: HUGO_SINGLE },
    { path: 'layouts/index.html', data: HUGO_INDEX },
    { path: 'layouts/404.html', data: HUGO_404 },
    { path: 'layouts/robots.txt', data: HUGO_ROBOTS },
    ...corpus.articles.map((article) => ({ path: `content/${article.path}`, data: article.text })),
    ...assetFiles(corpus, 'static/'),
  ]);
}

export function hugoCommand(hugo: string, root: string, out: string, cacheDir: string) {
  return { file: hugo, args: ['--quiet', '--source', root, '--destination', out, '--cacheDir', cacheDir, '--noBuildLock'], cwd: root };
}

export const eleventyEntry = (repo: string) => join(repo, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
