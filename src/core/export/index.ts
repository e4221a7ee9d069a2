export { selectPages, type ExportSource, type ExportSelection, type SelectedPage, type PageSelection, type FileFinding } from './select-pages';
export { renderExportPage, brokenPageLinks, type ExportedPage, type PageSummary, type ExportPageOptions } from './render-export-page';
export { renderSiteIndex, renderNotFound, renderSitemap, renderRobots } from './site-files';
export { outputPathForUrl, outputPathForArticle, relativeReference, makeReferencesRelative } from './output-paths';
export { resolveReference, type Reference } from './references';
export { pageReferences, unpublishableFileProblem, missingFileProblem, type PageReferences } from './page-references';
