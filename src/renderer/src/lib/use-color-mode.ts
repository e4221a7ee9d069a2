import { useSyncExternalStore } from 'react';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

/** Light or dark, following the system, live. */
export function useColorMode(): 'light' | 'dark' {
  return useSyncExternalStore(
    (onChange) => {
      const media = query();
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => (query().matches ? 'dark' : 'light'),
  );
}
