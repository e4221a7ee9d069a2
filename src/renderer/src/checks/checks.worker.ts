import '../lib/buffer-global';
import { lintArticle, arialWidth, TITLE_FONT_PX, type FileFinding, type MeasureText } from '../../../core/seo';
import type { ChecksRequest } from './checks-channel';

/**
 * Runs the SEO checks off the main thread. Titles are measured with an
 * OffscreenCanvas in Arial, like the form's counter; where there is none,
 * with the Arial table the CLI uses.
 */
const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ChecksRequest>) => void): void;
  postMessage(message: { revision: number; findings: FileFinding[] } | { revision: number; crash: string }): void;
};

function titleMeasure(): MeasureText {
  const context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return (text) => arialWidth(text, TITLE_FONT_PX);
  context.font = `${TITLE_FONT_PX}px Arial, "Liberation Sans", Helvetica, sans-serif`;
  return (text) => context.measureText(text).width;
}
const measure = titleMeasure();

scope.addEventListener('message', ({ data }) => {
  try {
    const findings = lintArticle({ path: data.path, text: data.text, settings: data.settings, context: data.context, now: new Date(data.now), measure });
    scope.postMessage({ revision: data.revision, findings });
  } catch (error) {
    scope.postMessage({ revision: data.revision, crash: error instanceof Error ? error.message : String(error) });
  }
});
