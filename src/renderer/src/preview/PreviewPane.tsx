import { forwardRef, useCallback, useImperativeHandle, useLayoutEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { WorkspaceSettings } from '../../../core/site';
import { oneOf, useStoredState } from '../lib/use-stored-state';
import { JsonLdView } from './JsonLdView';
import { PageFrame, type PageFrameHandle } from './PageFrame';
import { SnippetsView } from './SnippetsView';
import type { PreviewChannel } from './preview-channel';

type PreviewTab = 'page' | 'snippets' | 'jsonld' | 'checks';
const TABS: readonly { id: PreviewTab; label: string }[] = [
  { id: 'page', label: 'Page' },
  { id: 'snippets', label: 'Snippets' },
  { id: 'jsonld', label: 'JSON-LD' },
  { id: 'checks', label: 'Checks' },
];

interface Props {
  readonly channel: PreviewChannel;
  readonly settings: WorkspaceSettings | null;
  readonly onLink: (href: string, from: string) => void;
  /** Why a link in the page leads to no article, or null. */
  readonly brokenLink: (href: string, from: string) => string | null;
  /** The Checks tab, rendered by the app (it needs the editor). */
  readonly checks: ReactNode;
}

export interface PreviewPaneHandle {
  /** Follow the editor: show what is at this editor line. */
  follow(line: number): void;
  focus(): void;
}

/**
 * The preview pane: the exact page, and the JSON-LD it carries. Its
 * `data-preview-state` says whether it shows the newest text ("settled") or
 * a render is on its way ("pending"): tests and the typing benchmark wait on it.
 */
export const PreviewPane = forwardRef<PreviewPaneHandle, Props>(function PreviewPane({ channel, settings, onLink, brokenLink, checks }, ref) {
  const view = useSyncExternalStore(channel.subscribe, channel.getView);
  const section = useRef<HTMLElement>(null);
  /** The revision the frame shows. Kept out of React state: it changes with every render of the page. */
  const applied = useRef(0);
  const [tab, setTab] = useStoredState<PreviewTab>('preview-tab', 'page', oneOf('page', 'snippets', 'jsonld', 'checks'));
  const frame = useRef<PageFrameHandle>(null);
  const tabList = useRef<HTMLDivElement>(null);

  const { page: shown, problem, crash } = view;

  // Settled: the newest text is answered and, when it made a page, the frame shows it. Written
  // straight onto the element, since it flips with every keystroke and nothing else needs drawing then.
  const showState = useCallback(() => {
    const { answered, requested, problem: failed, crash: crashed, page } = channel.getSnapshot();
    const settled = answered >= requested && (failed !== null || crashed !== null || page === null || applied.current >= page.revision);
    section.current?.setAttribute('data-preview-state', settled ? 'settled' : 'pending');
  }, [channel]);
  useLayoutEffect(() => {
    showState();
    return channel.subscribe(showState);
  }, [channel, showState]);
  const onApplied = useCallback(
    (revision: number) => {
      applied.current = revision;
      showState();
    },
    [showState],
  );

  useImperativeHandle(
    ref,
    () => ({
      follow: (line) => frame.current?.follow(line),
      focus: () => tabList.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus(),
    }),
    [],
  );

  const onTabKey = useCallback(
    (event: React.KeyboardEvent) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const index = TABS.findIndex((candidate) => candidate.id === tab);
      const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
      setTab(next.id);
      tabList.current?.querySelector<HTMLElement>(`#preview-tab-${next.id}`)?.focus();
    },
    [tab, setTab],
  );

  return (
    <section className="preview" data-testid="preview" aria-label="Preview" ref={section}>
      <div className="tabs" role="tablist" aria-label="Preview views" ref={tabList} onKeyDown={onTabKey}>
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            id={`preview-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`preview-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      {problem && (
        <p className="notice notice-error" role="status">
          Frontmatter line {problem.line}: {problem.message}. The preview shows the last version that worked.
        </p>
      )}
      {crash && (
        <p className="notice notice-error" role="alert">
          The preview could not be rendered: {crash}
        </p>
      )}
      <div id="preview-panel-page" role="tabpanel" aria-labelledby="preview-tab-page" className="preview-panel" hidden={tab !== 'page'}>
        {view.path === null && <p className="preview-empty">Open an article to see its page here.</p>}
        <PageFrame ref={frame} page={shown?.page ?? null} revision={shown?.revision ?? 0} onApplied={onApplied} onLink={onLink} brokenLink={brokenLink} />
      </div>
      <div id="preview-panel-snippets" role="tabpanel" aria-labelledby="preview-tab-snippets" className="preview-panel preview-scroll" hidden={tab !== 'snippets'}>
        {shown && settings && tab === 'snippets' ? <SnippetsView facts={shown.page.facts} settings={settings} /> : <p className="preview-empty">No article open.</p>}
      </div>
      <div id="preview-panel-checks" role="tabpanel" aria-labelledby="preview-tab-checks" className="preview-panel preview-scroll" hidden={tab !== 'checks'}>
        {view.path ? checks : <p className="preview-empty">No article open.</p>}
      </div>
      <div id="preview-panel-jsonld" role="tabpanel" aria-labelledby="preview-tab-jsonld" className="preview-panel preview-scroll" hidden={tab !== 'jsonld'}>
        {/* Built only while shown: pretty-printing every block on each keystroke would be wasted work. */}
        {shown && tab === 'jsonld' ? <JsonLdView blocks={shown.page.jsonLd} /> : <p className="preview-empty">No article open.</p>}
      </div>
    </section>
  );
});
