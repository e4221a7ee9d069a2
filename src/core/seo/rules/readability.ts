import type { Finding } from '../finding';
import type { LintTarget } from '../lint-target';
import { fleschReadingEase, isUnspaced, sentences, words } from '../readability';
import { SEO_RULES } from '../rule-ids';

/** Longer paragraphs read as a wall of text, on phones above all (Yoast's limit too). */
export const MAX_PARAGRAPH_WORDS = 150;
/**
 * Sentences past this are hard to follow in one reading. Generous on
 * purpose: good long-form prose has sentences in the thirties (the sample
 * articles reach 39), and every finding should be worth reading.
 */
export const MAX_SENTENCE_WORDS = 40;
/** Under 50 is "difficult", college-level text, on Flesch's scale; the sample articles score 62–70. */
export const MIN_FLESCH_READING_EASE = 50;
/** Fewer words than this give no meaningful score. */
export const MIN_FLESCH_WORDS = 100;

/** Paragraph and sentence length, and Flesch reading ease for English; prose only (no code, tables or HTML). */
export function readabilityFindings(target: LintTarget): Finding[] {
  const findings: Finding[] = [];
  const prose = target.paragraphs.filter((paragraph) => !isUnspaced(paragraph.text));
  for (const paragraph of prose) {
    const count = words(paragraph.text).length;
    if (count > MAX_PARAGRAPH_WORDS) {
      findings.push({ ruleId: SEO_RULES.paragraphTooLong, severity: 'info', line: paragraph.line, message: `This paragraph is ${count} words; over ${MAX_PARAGRAPH_WORDS} it reads as a wall of text. Split it.` });
    }
    for (const sentence of sentences(paragraph.text)) {
      const sentenceWords = words(sentence);
      if (sentenceWords.length <= MAX_SENTENCE_WORDS) continue;
      findings.push({
        ruleId: SEO_RULES.sentenceTooLong,
        severity: 'info',
        line: paragraph.line,
        message: `The sentence "${sentenceWords.slice(0, 6).join(' ')} …" is ${sentenceWords.length} words; over ${MAX_SENTENCE_WORDS} it is hard to follow.`,
      });
    }
  }
  if (!/^en\b/i.test(target.settings.language)) return findings;
  const ease = fleschReadingEase(prose.map((paragraph) => paragraph.text));
  if (ease && ease.words >= MIN_FLESCH_WORDS && ease.score < MIN_FLESCH_READING_EASE) {
    findings.push({
      ruleId: SEO_RULES.fleschReadingEase,
      severity: 'warning',
      line: prose[0]!.line,
      message: `Flesch reading ease is ${ease.score.toFixed(0)}, under ${MIN_FLESCH_READING_EASE}: hard reading. Shorter sentences and shorter words help.`,
    });
  }
  return findings;
}
