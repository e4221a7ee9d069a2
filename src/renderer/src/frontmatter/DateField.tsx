import { useId } from 'react';
import { dateStyleOf, pickerValue, writeDate, type DateStyle } from './date-style';

interface Props {
  readonly label: string;
  readonly value: unknown;
  /** How to write the date when this field has none yet. */
  readonly fallbackStyle: DateStyle;
  readonly onChange: (written: string) => void;
}

/** A date picker that writes the date back the way the file writes it. */
export function DateField({ label, value, fallbackStyle, onChange }: Props) {
  const id = useId();
  const style = dateStyleOf(value, fallbackStyle);
  const invalid = value !== undefined && value !== null && value !== '' && pickerValue(value, style) === '';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={style.kind === 'date' ? 'date' : 'datetime-local'}
        step={style.kind === 'datetime' && style.seconds ? 1 : undefined}
        value={pickerValue(value, style)}
        onChange={(event) => {
          const written = writeDate(event.target.value, style);
          if (written) onChange(written);
        }}
      />
      {invalid && <p className="field-problem">“{String(value)}” is not a date this app can read.</p>}
    </div>
  );
}
