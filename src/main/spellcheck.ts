import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface SpellcheckSession {
  setSpellCheckerDictionaryDownloadURL(url: string): void;
}

/**
 * Spellcheck stays offline. On Windows and Linux Chromium's spellchecker
 * fetches Hunspell dictionaries from Google's CDN by default; pointed at the
 * app's own `resources/dictionaries/` folder instead, it uses the `.bdic`
 * files a packager puts there (Electron publishes them as
 * hunspell_dictionaries.zip) and otherwise simply has none. macOS uses the
 * system's spellchecker and ignores this.
 */
export function keepSpellcheckOffline(session: SpellcheckSession, appRoot: string): string {
  const url = pathToFileURL(join(appRoot, 'resources', 'dictionaries')).href + '/';
  session.setSpellCheckerDictionaryDownloadURL(url);
  return url;
}
