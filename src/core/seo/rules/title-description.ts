import type { Finding } from '../finding';
import {
  DESCRIPTION_DESKTOP_PX,
  DESCRIPTION_FONT_PX,
  DESCRIPTION_MAX_CHARS,
  DESCRIPTION_MIN_CHARS,
  DESCRIPTION_MOBILE_PX,
  TITLE_ERROR_PX,
  TITLE_FONT_PX,
  TITLE_WARN_PX,
  countCharacters,
} from '../limits';
import type { LintTarget } from '../lint-target';
import { SEO_RULES } from '../rule-ids';
import { cutToWidth, type MeasureText } from '../text-width';

const px = (width: number) => `${Math.round(width)} px`;

/** The title as a search result shows it: present, and narrow enough not to be cut. */
export function titleFindings(target: LintTarget): Finding[] {
  const { facts, measure } = target;
  const line = target.keyLine('title');
  if (facts.title === undefined) {
    return [{ ruleId: SEO_RULES.titleMissing, severity: 'error', line, message: `No title: the page and its search result show the file name "${facts.displayTitle}" instead. Write a title of up to ${TITLE_ERROR_PX} px.` }];
  }
  const width = measure(facts.title);
  if (width > TITLE_ERROR_PX) {
    const shown = cutToWidth(facts.title, TITLE_ERROR_PX, measure).text;
    return [{ ruleId: SEO_RULES.titleTooWide, severity: 'error', line, message: `The title is ${px(width)} wide in Arial ${TITLE_FONT_PX} px; Google cuts titles past ${TITLE_ERROR_PX} px, so it shows "${shown}".` }];
  }
  if (width > TITLE_WARN_PX) {
    return [{ ruleId: SEO_RULES.titleTooWide, severity: 'warning', line, message: `The title is ${px(width)} wide in Arial ${TITLE_FONT_PX} px, past ${TITLE_WARN_PX} px: close to the ${TITLE_ERROR_PX} px where Google cuts it.` }];
  }
  return [];
}

/** The description: there, 120–156 characters, and how much of it desktop and mobile results show. */
export function descriptionFindings(target: LintTarget): Finding[] {
  const description = target.facts.description;
  const line = target.keyLine('description');
  if (description === undefined) {
    return [{ ruleId: SEO_RULES.descriptionMissing, severity: 'warning', line, message: `No description: Google writes the snippet from the page text instead. Write ${DESCRIPTION_MIN_CHARS}–${DESCRIPTION_MAX_CHARS} characters.` }];
  }
  const findings: Finding[] = [];
  const characters = countCharacters(description);
  if (characters < DESCRIPTION_MIN_CHARS) {
    findings.push({ ruleId: SEO_RULES.descriptionTooShort, severity: 'warning', line, message: `The description is ${characters} characters; under ${DESCRIPTION_MIN_CHARS}, Google often replaces it with text from the page.` });
  }
  if (characters > DESCRIPTION_MAX_CHARS) {
    findings.push({ ruleId: SEO_RULES.descriptionTooLong, severity: 'warning', line, message: `The description is ${characters} characters, over ${DESCRIPTION_MAX_CHARS}: search results cut it.` });
  }
  // Canvas widths scale with the font size, so the title's measure serves at 14 px too.
  const measure: MeasureText = (text) => (target.measure(text) * DESCRIPTION_FONT_PX) / TITLE_FONT_PX;
  const width = measure(description);
  if (width > DESCRIPTION_DESKTOP_PX) {
    findings.push({ ruleId: SEO_RULES.descriptionTooWide, severity: 'warning', line, message: `The description is ${px(width)} wide in Arial ${DESCRIPTION_FONT_PX} px; desktop results show ${DESCRIPTION_DESKTOP_PX} px of it: "${cutToWidth(description, DESCRIPTION_DESKTOP_PX, measure).text}".` });
  }
  if (width > DESCRIPTION_MOBILE_PX) {
    findings.push({ ruleId: SEO_RULES.descriptionTooWideMobile, severity: 'info', line, message: `Mobile results show ${DESCRIPTION_MOBILE_PX} px of the ${px(width)} description: "${cutToWidth(description, DESCRIPTION_MOBILE_PX, measure).text}".` });
  }
  return findings;
}
