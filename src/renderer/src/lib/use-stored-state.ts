import { useCallback, useState } from 'react';

const PREFIX = 'article-studio:';

/**
 * A UI preference kept in localStorage (pane sizes, the open tab, autosave):
 * it belongs to this machine's app, not to the workspace or its files. A
 * stored value that fails `isValid` (an older version's, or hand-edited) is
 * ignored.
 */
export function useStoredState<T>(key: string, initial: T, isValid: (value: unknown) => value is T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => readStored(key, initial, isValid));
  const store = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(PREFIX + key, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the preference lasts for this session only.
      }
    },
    [key],
  );
  return [value, store];
}

export function readStored<T>(key: string, initial: T, isValid: (value: unknown) => value is T): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return initial;
    const parsed: unknown = JSON.parse(raw);
    return isValid(parsed) ? parsed : initial;
  } catch {
    return initial;
  }
}

export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
export const oneOf =
  <T extends string>(...options: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (options as readonly string[]).includes(value);
