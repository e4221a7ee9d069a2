export { selectPages, type ExportSource, type ExportSelection, type SelectedPage, type PageSelection, type FileFinding } from './select-pages';
export { brokenPageLinks } from './broken-links';
export { renderExportPage, type ExportedPage, type PageSummary, type ExportPageOptions } from './render-export-page';
export { renderSiteIndex, renderNotFound, renderSitemap, renderRobots } from './site-files';
export { outputPathForUrl, outputPathForArticle, relativeReference, makeReferencesRelative } from './output-paths';
export { resolveReference, type Reference } from './references';
export { pageReferences, type PageReferences } from './page-references';
export { unpublishableFileProblem, missingFileProblem } from './asset-problems';
