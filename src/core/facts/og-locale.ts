/** Territories for bare language tags, since og:locale wants `language_TERRITORY`. */
const DEFAULT_TERRITORY: Record<string, string> = {
  en: 'US', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pt: 'BR', nl: 'NL', sv: 'SE', da: 'DK', nb: 'NO', fi: 'FI',
  pl: 'PL', cs: 'CZ', ru: 'RU', uk: 'UA', tr: 'TR', ja: 'JP', zh: 'CN', ko: 'KR', ar: 'AR', he: 'IL', hi: 'IN',
};

/** `en-US` → `en_US`; `en` → `en_US`; an unknown bare tag → `xx_XX`. */
export function ogLocale(language: string): string {
  const [lang = 'en', ...subtags] = language.split('-');
  // The region is the two-letter subtag (`zh-Hant-TW` → TW), not the script.
  const territory = subtags.find((subtag) => /^[a-z]{2}$/i.test(subtag));
  const region = territory?.toUpperCase() ?? DEFAULT_TERRITORY[lang.toLowerCase()] ?? lang.toUpperCase();
  return `${lang.toLowerCase()}_${region}`;
}
