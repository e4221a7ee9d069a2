import '../lib/buffer-global';
import { renderPreview, type PreviewRequest, type PreviewResult } from './render-preview';

/**
 * Renders the preview off the typing path. The main thread sends a text only
 * when the previous one is done (latest wins), so this never falls behind.
 */
const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<PreviewRequest>) => void): void;
  postMessage(message: PreviewResult | { revision: number; crash: string }): void;
};

scope.addEventListener('message', (event) => {
  try {
    scope.postMessage(renderPreview(event.data));
  } catch (error) {
    // A renderer bug must not leave the preview waiting forever.
    scope.postMessage({ revision: event.data.revision, crash: error instanceof Error ? error.message : String(error) });
  }
});
