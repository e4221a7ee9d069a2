import type { StudioCallName } from './studio-api';

/**
 * IPC channel names, `domain:verb`. Kept apart from the schemas so the
 * sandboxed preload bundles a list of strings and no validation library.
 */
export const STUDIO_CHANNELS = {
  getWorkspace: 'workspace:get',
  listArticles: 'workspace:list',
  readArticle: 'article:read',
  saveArticle: 'article:save',
  createArticle: 'article:create',
  duplicateArticle: 'article:duplicate',
  renameArticle: 'article:rename',
  deleteArticle: 'article:delete',
  exportWorkspace: 'export:run',
  getExportSettings: 'export:get-settings',
  openExportResult: 'export:open-result',
  backupArticle: 'backup:write',
  readBackup: 'backup:read',
  discardBackup: 'backup:discard',
  listBackups: 'backup:list',
  openWorkspace: 'workspace:open',
  listRecentWorkspaces: 'workspace:recent',
  pickWorkspaceFolder: 'workspace:pick-folder',
  importAsset: 'asset:import',
  getLintContext: 'lint:context',
} as const satisfies Record<StudioCallName, string>;

/** Main → renderer push of outside changes, export progress and menu commands. */
export const WORKSPACE_EVENT_CHANNEL = 'workspace:event';

/** The call names, from the channel map (no schema library needed). */
export const STUDIO_CALL_NAMES = Object.keys(STUDIO_CHANNELS) as StudioCallName[];
