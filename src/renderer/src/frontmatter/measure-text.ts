import { arialWidth, type MeasureText } from '../../../core/seo/text-width';

const cache = new Map<number, MeasureText>();

/**
 * Pixel width of text as search results set it (Arial at `sizePx`),
 * measured with canvas in this browser's fonts. Where canvas is unavailable
 * the app falls back to the Arial metrics table the CLI uses.
 */
export function canvasMeasure(sizePx: number): MeasureText {
  let measure = cache.get(sizePx);
  if (measure) return measure;
  const context = document.createElement('canvas').getContext('2d');
  if (context) {
    context.font = `${sizePx}px Arial, "Liberation Sans", Helvetica, sans-serif`;
    measure = (text) => context.measureText(text).width;
  } else {
    measure = (text) => arialWidth(text, sizePx);
  }
  cache.set(sizePx, measure);
  return measure;
}
