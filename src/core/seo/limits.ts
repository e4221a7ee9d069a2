import { graphemes } from './graphemes';

/**
 * The limits search results and social cards impose, in one place: the
 * counters, the snippet previews and the checks all read them from here.
 */

/** Google shows result titles in Arial 20 px and cuts them with " ..." at about 600 px. */
export const TITLE_FONT_PX = 20;
/** Past this the title is close to the cut: some results (a longer site name, bold words) lose its end. */
export const TITLE_WARN_PX = 580;
/** Past this the title is cut. */
export const TITLE_ERROR_PX = 600;

/** Result descriptions are Arial 14 px. */
export const DESCRIPTION_FONT_PX = 14;
/** What fits in the description lines of a desktop result... */
export const DESCRIPTION_DESKTOP_PX = 920;
/** ...and of a mobile one. */
export const DESCRIPTION_MOBILE_PX = 680;
/** Shorter descriptions are often replaced by text Google picks from the page. */
export const DESCRIPTION_MIN_CHARS = 120;
/** Longer ones are cut. */
export const DESCRIPTION_MAX_CHARS = 156;

/** X shows at most this many characters of `twitter:title`... */
export const TWITTER_TITLE_MAX = 70;
/** ...and of `twitter:description`. */
export const TWITTER_DESCRIPTION_MAX = 200;

/**
 * Characters as a reader counts them: grapheme clusters, so "é" written as
 * e + accent, a flag and a family emoji each count one.
 */
export function countCharacters(text: string): number {
  return graphemes(text).length;
}
