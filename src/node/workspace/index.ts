export { openWorkspace } from './workspace-service';
export { prepareSampleWorkspace } from './sample-workspace';
export type { WorkspaceOptions, WorkspaceService } from './workspace-options';
export { TEMP_FILE_SUFFIX } from './atomic-write';
export { WORKSPACE_TRASH_FOLDER } from './trash';
export { workspaceForFile, type FileInWorkspace } from './workspace-for-file';
