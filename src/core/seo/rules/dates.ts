import { frontmatterDateToIso } from '../../site';
import type { Finding } from '../finding';
import type { LintTarget } from '../lint-target';
import { SEO_RULES } from '../rule-ids';

const FORMAT = 'write YYYY-MM-DD or YYYY-MM-DD HH:MM:SS';

/** `date` and `date_updated_at`: real dates, in order, not after now (in the workspace time zone). */
export function dateFindings(target: LintTarget): Finding[] {
  const { article, settings, now } = target;
  const findings: Finding[] = [];
  const read = (key: 'date' | 'date_updated_at') => {
    const value = article.data[key];
    if (value === undefined || value === null || value === '') return undefined;
    const iso = frontmatterDateToIso(value, settings.timeZone);
    if (iso === null) {
      findings.push({ ruleId: SEO_RULES.dateInvalid, severity: 'error', line: target.keyLine(key), message: `${key} ${JSON.stringify(value)} is not a date: ${FORMAT}.` });
      return undefined;
    }
    return { key, text: String(value).trim(), iso, time: Date.parse(iso) };
  };
  const published = read('date');
  const updated = read('date_updated_at');
  if (article.data.date === undefined || article.data.date === null || article.data.date === '') {
    findings.push({ ruleId: SEO_RULES.dateMissing, severity: 'warning', line: target.keyLine('date', 'title'), message: `No date: the Article structured data has no datePublished; ${FORMAT}.` });
  }
  if (published && updated && updated.time < published.time) {
    findings.push({ ruleId: SEO_RULES.dateUpdatedBeforePublished, severity: 'error', line: target.keyLine('date_updated_at'), message: `date_updated_at ${updated.text} is before date ${published.text}.` });
  }
  for (const date of [published, updated]) {
    if (date && date.time > now.getTime()) {
      findings.push({ ruleId: SEO_RULES.dateInFuture, severity: 'warning', line: target.keyLine(date.key), message: `${date.key} ${date.text} is in the future (${settings.timeZone} time): search engines distrust dates not yet reached.` });
    }
  }
  return findings;
}
