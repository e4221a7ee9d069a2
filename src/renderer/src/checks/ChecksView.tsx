import { useSyncExternalStore } from 'react';
import type { FileFinding } from '../../../core/seo';
import type { ChecksChannel } from './checks-channel';

interface Props {
  readonly channel: ChecksChannel;
  readonly onJump: (line: number) => void;
  readonly onFix: (finding: FileFinding) => void;
}

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** The SEO checks of the open article: each finding jumps to its line, and some can fix themselves. */
export function ChecksView({ channel, onJump, onFix }: Props) {
  const { findings, crash, revision, requested } = useSyncExternalStore(channel.subscribe, channel.getSnapshot);
  if (crash) {
    return (
      <p className="notice notice-error" role="alert">
        The checks could not run: {crash}
      </p>
    );
  }
  if (!findings) return <p className="preview-empty">Checking…</p>;
  const count = (severity: FileFinding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  return (
    <div className="checks" data-testid="checks" data-current={revision === requested ? 'true' : 'false'}>
      <p className="checks-summary" role="status">
        {findings.length === 0 ? 'No problems found.' : `${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes`}
      </p>
      <ul className="findings">
        {findings.map((finding, index) => (
          <li key={`${finding.ruleId}-${finding.line}-${index}`} className="finding" data-severity={finding.severity} data-testid="finding">
            <button type="button" className="finding-jump" onClick={() => onJump(finding.line)} title="Go to this line">
              <span className="finding-severity">{SEVERITY_LABEL[finding.severity]}</span>
              <span className="finding-message">{finding.message}</span>
              <span className="finding-where">
                line {finding.line} · {finding.ruleId}
              </span>
            </button>
            {finding.fix && (
              <button type="button" className="finding-fix" onClick={() => onFix(finding)}>
                {finding.fix.title}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
