import { cutToWidth, type MeasureText } from '../../../core/seo/text-width';
import { countCharacters } from '../../../core/seo/limits';

type Level = 'ok' | 'warning' | 'error';

interface PixelBarProps {
  readonly label: string;
  readonly width: number;
  readonly warnAt: number;
  /** The space there is; past it the text is cut. */
  readonly errorAt: number;
  /** How bad running past `errorAt` is: a cut title is an error, a description cut on mobile only a warning. */
  readonly over?: Level;
}

/** How much of the space a search result gives the text is used, as a bar with its pixel count. */
export function PixelBar({ label, width, warnAt, errorAt, over = 'error' }: PixelBarProps) {
  const level: Level = width > errorAt ? over : width > warnAt ? 'warning' : 'ok';
  return (
    <span className="pixel-bar" data-level={level} data-testid={`pixels-${label.toLowerCase().replace(/\s+/g, '-')}`}>
      <span className="pixel-bar-track" aria-hidden="true">
        <span className="pixel-bar-fill" style={{ width: `${Math.min(100, (width / errorAt) * 100)}%` }} />
      </span>
      <span>
        {label}: {Math.round(width)} / {errorAt} px
      </span>
    </span>
  );
}

interface CharCountProps {
  readonly text: string;
  readonly min?: number;
  readonly max: number;
  readonly testId: string;
}

/** Characters as a reader counts them, against the field's limits. */
export function CharCount({ text, min, max, testId }: CharCountProps) {
  const count = countCharacters(text);
  const level: Level = count > max ? 'error' : min !== undefined && count > 0 && count < min ? 'warning' : 'ok';
  return (
    <span className="char-count" data-level={level} data-testid={testId}>
      {count}
      {min !== undefined ? ` (${min}–${max})` : ` / ${max}`} characters
    </span>
  );
}

interface CutNoteProps {
  readonly text: string;
  readonly maxPx: number;
  readonly measure: MeasureText;
  readonly where: string;
}

/** Where search results cut the text: the same function the snippet previews use, so they agree. */
export function CutNote({ text, maxPx, measure, where }: CutNoteProps) {
  const { text: shown, cut } = cutToWidth(text, maxPx, measure);
  if (!cut) return null;
  return (
    <p className="field-note cut-note">
      {where}: “{shown}”
    </p>
  );
}
