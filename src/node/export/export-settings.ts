import type { FileFinding } from '../../core/export/select-pages';
import { SETTINGS_FILE, type WorkspaceSettings } from '../../core/site';
import { readSettings } from '../workspace/settings-file';

/**
 * The workspace's settings for an export, with each problem in them as a
 * finding (file and line). The export goes on with the default for a bad
 * field, as the app does; but unreported, a mistyped `siteUrl` would put
 * every canonical link and the whole sitemap on the default domain.
 */
export async function readExportSettings(root: string): Promise<{ readonly settings: WorkspaceSettings; readonly findings: FileFinding[] }> {
  const finding = (line: number, message: string): FileFinding => ({ file: SETTINGS_FILE, line, ruleId: 'export/invalid-settings', severity: 'error', message });
  const { settings, problems } = await readSettings(root);
  return { settings, findings: problems.map((problem) => finding(problem.line, `${problem.message}; ${problem.key === '' ? 'the default settings were' : 'the default is'} used`)) };
}
