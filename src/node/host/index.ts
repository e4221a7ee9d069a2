export { StudioHost, type StudioHostOptions } from './studio-host';
export { RecentWorkspaces, RECENT_WORKSPACES_FILE, MAX_RECENT_WORKSPACES } from './recent-workspaces';
export { BackupStore, BACKUPS_FOLDER, workspaceKey } from './backup-store';
