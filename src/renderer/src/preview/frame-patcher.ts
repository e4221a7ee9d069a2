import { changedRun, pageHtml, sameShell } from './page-segments';
import type { PreviewPage } from './render-preview';
import { untilSafeToDraw } from './input-quiet';
import { followScroll, type ScrollAnchor } from './scroll-sync';

export interface FramePatcherEvents {
  /** The frame now shows this revision. */
  readonly applied: (revision: number) => void;
  /** The writer clicked a link in the page (the raw href) of the article at `from`. */
  readonly link: (href: string, from: string) => void;
  /** Why a link of the article at `from` leads nowhere (shown underlined, with the reason as its tooltip), or null. */
  readonly brokenLink?: (href: string, from: string) => string | null;
}

interface LinkLike {
  getAttribute(name: string): string | null;
}

/**
 * Keeps a sandboxed, same-origin, script-less iframe showing the newest page.
 * The first page, and any change outside the article (title, breadcrumb,
 * footer), loads the whole document and puts the scroll position back; an
 * edit inside the article replaces only the changed nodes, so the page keeps
 * its scroll and its layout work stays small. The frame runs no script, so
 * its links are handled here: the page never navigates away.
 */
export class FramePatcher {
  private shown: PreviewPage | null = null;
  private loading = false;
  private queued: { page: PreviewPage; revision: number } | null = null;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  /** Why each link leads nowhere (or null), by href, while the workspace's articles (see linksChanged) and the article they lead from stay the same. */
  private readonly linkReasons = new Map<string, string | null>();
  /** The article whose links `linkReasons` judged. */
  private reasonsFrom: string | null = null;

  constructor(
    private readonly frame: HTMLIFrameElement,
    private readonly events: FramePatcherEvents,
  ) {}

  show(page: PreviewPage, revision: number): void {
    if (this.loading) {
      this.queued = { page, revision };
      return;
    }
    const wait = untilSafeToDraw();
    // Only the newest page matters: it replaces any waiting one, and drawing it drops a page held earlier.
    clearTimeout(this.quietTimer);
    this.queued = null;
    if (wait > 0) {
      this.queued = { page, revision };
      // Rounded up: a timer truncates its delay, and one due a fraction early would only find the page still held.
      this.quietTimer = setTimeout(() => this.showQueued(), Math.ceil(wait));
      return;
    }
    if (page === this.shown) return this.events.applied(revision);
    const inserted = this.patch(page);
    if (!inserted) return this.load(page, revision);
    this.shown = page;
    // Only the new nodes: a long article has hundreds of links, and the rest are marked already.
    this.markBrokenLinks(inserted);
    this.events.applied(revision);
  }

  /** The workspace's articles (or their settings) changed: every link is judged again. */
  linksChanged(): void {
    this.linkReasons.clear();
    if (this.shown && !this.loading) this.markAllBrokenLinks();
  }

  /** Scrolls the page to where the editor is: `line` of `lines` editor lines. */
  follow(line: number): void {
    const doc = this.frame.contentDocument;
    const view = this.frame.contentWindow;
    if (!doc || !view || !this.shown || this.loading) return;
    const bottom = Math.max(0, doc.documentElement.scrollHeight - view.innerHeight);
    const anchors: ScrollAnchor[] = [{ line: 1, y: 0 }];
    for (const anchor of this.shown.anchors) {
      const element = doc.getElementById(anchor.id);
      if (element) anchors.push({ line: anchor.editorLine, y: element.getBoundingClientRect().top + view.scrollY - 8 });
    }
    anchors.push({ line: this.shown.editorLines, y: bottom });
    view.scrollTo(0, Math.min(bottom, Math.max(0, followScroll(anchors, line))));
  }

  /** The article's new nodes when the change could be applied in place; null when the page must be loaded whole. */
  private patch(page: PreviewPage): Node[] | null {
    const doc = this.frame.contentDocument;
    const before = this.shown?.segments;
    const after = page.segments;
    // Another article's page is loaded whole, even with the same title: the links of nodes a patch keeps were judged from the last one.
    if (!doc || !before || !after || this.shown?.path !== page.path || !sameShell(before, after)) return null;
    const article = doc.body.querySelector('article');
    if (!article) return null;
    replaceRun(doc, doc.head, before.head, after.head);
    const inserted = replaceRun(doc, article, before.article, after.article);
    // The browser parsed the nodes as we cut them; if not, load the page whole.
    return doc.head.childNodes.length === after.head.length && article.childNodes.length === after.article.length ? inserted : null;
  }

  private load(page: PreviewPage, revision: number): void {
    const view = this.frame.contentWindow;
    const scrollY = this.shown ? (view?.scrollY ?? 0) : 0;
    this.loading = true;
    this.frame.onload = () => {
      this.loading = false;
      this.shown = page;
      this.frame.contentWindow?.scrollTo(0, scrollY);
      this.frame.contentDocument?.addEventListener('click', (event) => this.onClick(event));
      this.markAllBrokenLinks();
      this.events.applied(revision);
      this.showQueued();
    };
    this.frame.srcdoc = pageHtml(page);
  }

  private markAllBrokenLinks(): void {
    const article = this.frame.contentDocument?.querySelector('article');
    if (article) this.markBrokenLinks([article]);
  }

  /**
   * Links to articles the workspace does not have get a red wavy underline
   * and their reason as a tooltip: set through the DOM, on top of the page,
   * so the page itself stays byte for byte what the export writes.
   */
  private markBrokenLinks(within: readonly Node[]): void {
    const check = this.events.brokenLink;
    const from = this.shown?.path;
    if (!check || from === undefined) return;
    // A relative href leads elsewhere from another article: its verdict is not reused across articles.
    if (from !== this.reasonsFrom) this.linkReasons.clear();
    this.reasonsFrom = from;
    const links: HTMLAnchorElement[] = [];
    for (const node of within) {
      // The frame's nodes come from its own window: `instanceof Element` would be false for every one.
      if (node.nodeType !== ELEMENT_NODE) continue;
      const element = node as Element;
      if (element.matches('a[href]')) links.push(element as HTMLAnchorElement);
      links.push(...element.querySelectorAll<HTMLAnchorElement>('a[href]'));
    }
    if (this.linkReasons.size > MAX_REMEMBERED_LINKS) this.linkReasons.clear();
    for (const link of links) {
      const href = link.getAttribute('href') ?? '';
      let reason = this.linkReasons.get(href);
      if (reason === undefined) {
        reason = check(href, from);
        this.linkReasons.set(href, reason);
      }
      if (reason) {
        link.style.setProperty('text-decoration', 'underline wavy #dc2626');
        link.title = reason;
        link.dataset.broken = 'true';
      } else if (link.dataset.broken) {
        link.style.removeProperty('text-decoration');
        link.removeAttribute('title');
        delete link.dataset.broken;
      }
    }
  }

  private showQueued(): void {
    const queued = this.queued;
    this.queued = null;
    if (queued) this.show(queued.page, queued.revision);
  }

  private onClick(event: MouseEvent): void {
    const target = event.target as { closest?: (selector: string) => LinkLike | null } | null;
    const link = target?.closest?.('a[href]');
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      // In-page links scroll here; the frame's own URL is about:srcdoc.
      this.frame.contentDocument?.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
      return;
    }
    if (this.shown) this.events.link(href, this.shown.path);
  }
}

const ELEMENT_NODE = 1;

/** Links whose verdict is remembered at most (typing a link makes a new href at every keystroke). */
const MAX_REMEMBERED_LINKS = 5_000;

/** Replaces the changed run of `parent`'s children with freshly parsed nodes; returns those nodes. */
function replaceRun(doc: Document, parent: Element, before: readonly string[], after: readonly string[]): Node[] {
  const { start, removeCount, insert } = changedRun(before, after);
  if (removeCount === 0 && insert.length === 0) return [];
  const children = parent.childNodes;
  for (let index = 0; index < removeCount; index += 1) children[start]?.remove();
  if (insert.length === 0) return [];
  const template = doc.createElement('template');
  template.innerHTML = insert.join('');
  const nodes = [...template.content.childNodes];
  parent.insertBefore(template.content, children[start] ?? null);
  return nodes;
}
