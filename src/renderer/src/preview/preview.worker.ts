import '../lib/buffer-global';
import { PageSender, type PostedResult } from './page-transfer';
import { renderPreview, type PreviewRequest } from './render-preview';

/**
 * Renders the preview off the typing path. The main thread sends a text only
 * when the previous one is done (latest wins), so this never falls behind.
 */
const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<PreviewRequest>) => void): void;
  postMessage(message: PostedResult | { revision: number; crash: string }): void;
};
const sender = new PageSender();

scope.addEventListener('message', (event) => {
  try {
    scope.postMessage(sender.pack(renderPreview(event.data), event.data.whole === true));
  } catch (error) {
    // A renderer bug must not leave the preview waiting forever.
    scope.postMessage({ revision: event.data.revision, crash: error instanceof Error ? error.message : String(error) });
  }
});
