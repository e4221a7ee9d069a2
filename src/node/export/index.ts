export { exportSite, type ExportOptions, type ExportResult } from './export-site';
export { checkExportTarget } from './export-target';
