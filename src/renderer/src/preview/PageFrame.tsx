import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { FramePatcher } from './frame-patcher';
import type { PreviewPage } from './render-preview';

interface Props {
  readonly page: PreviewPage | null;
  readonly revision: number;
  readonly onApplied: (revision: number) => void;
  /** A link of the page of the article at `from` was clicked. */
  readonly onLink: (href: string, from: string) => void;
  /** Why a link of the article at `from` leads nowhere, or null. */
  readonly brokenLink: (href: string, from: string) => string | null;
}

export interface PageFrameHandle {
  follow(line: number): void;
}

/**
 * The exported page, exactly, in a frame that may run no script at all
 * (`sandbox` without allow-scripts). allow-same-origin lets the app patch
 * the frame's document and handle its links; without scripts in the frame
 * that grants the page nothing.
 */
export const PageFrame = forwardRef<PageFrameHandle, Props>(function PageFrame({ page, revision, onApplied, onLink, brokenLink }, ref) {
  const frame = useRef<HTMLIFrameElement>(null);
  const patcher = useRef<FramePatcher | null>(null);
  const events = useRef({ onApplied, onLink, brokenLink });
  events.current = { onApplied, onLink, brokenLink };

  useEffect(() => {
    patcher.current = new FramePatcher(frame.current!, {
      applied: (shown) => events.current.onApplied(shown),
      link: (href, from) => events.current.onLink(href, from),
      brokenLink: (href, from) => events.current.brokenLink(href, from),
    });
    return () => {
      patcher.current = null;
    };
  }, []);

  useEffect(() => {
    if (page) patcher.current?.show(page, revision);
  }, [page, revision]);

  // A new judge of links (the workspace's articles, or its settings, changed): the shown links are judged again.
  useEffect(() => patcher.current?.linksChanged(), [brokenLink]);

  useImperativeHandle(ref, () => ({ follow: (line) => patcher.current?.follow(line) }), []);

  return <iframe ref={frame} className="page-frame" data-testid="preview-frame" title="Page preview" sandbox="allow-same-origin" hidden={page === null} />;
});
