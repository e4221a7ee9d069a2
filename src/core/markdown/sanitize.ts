import { Parser } from 'htmlparser2';
import { ALLOWED, DROPPED_WITH_CONTENT, escapeText, openingTag, VOID } from './allow-list';
import { MAX_DEPTH, tooDeepAt } from './nesting-depth';

/**
 * Raw HTML through the allow-list (allow-list.ts), parsed with htmlparser2
 * in one linear pass and written out anew: every element it keeps is closed,
 * in order, so nothing in the output can be read differently by a browser
 * than by this filter.
 */

const RESTART_CONTEXT = 16;

/** Elements a paragraph or heading may not hold: typed inside one, their tags go and their text stays. */
const BLOCK = new Set(['p', 'div', 'details', 'summary', 'section', 'figure', 'figcaption', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);
const PHRASING_ONLY = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The tokenizer states in which a piece may end and the next continue: text,
 * or the raw text of a dropped `<script>`-like element. Any other state is a
 * tag, attribute, comment or entity left unfinished. htmlparser2 does not
 * publish its state, so it is read from the instance; should that ever
 * change, every piece counts as unfinished, which is correct but slower.
 */
const TEXT = 1;
const IN_SPECIAL_TAG = 24;
const IN_PLAIN_TEXT = 25;
function endsInText(parser: Parser): boolean {
  const state = (parser as unknown as { tokenizer?: { state?: unknown } }).tokenizer?.state;
  return state === TEXT || state === IN_SPECIAL_TAG || state === IN_PLAIN_TEXT;
}

/** Raw tags as they were written, for the outline (images and links the page will carry). */
export interface RawTagListener {
  opened(name: string, attributes: Readonly<Record<string, string>>): void;
  /** Text, also inside dropped elements (`dropped`): it still counts lines. */
  text(text: string, dropped: boolean): void;
  closed(name: string): void;
}

/**
 * The allow-list as a stream: pieces of HTML go in, in document order, and
 * each comes back sanitised. The Markdown renderer writes its own (trusted,
 * escaped) output between the pieces, so only HTML the writer typed is
 * parsed; elements opened in one piece and closed in another (the FAQ's
 * `<details>` around Markdown answers) are followed. A piece that ends
 * inside a tag, attribute or comment ends there: what is unfinished is
 * dropped, and the next piece starts afresh, so no raw HTML can reach across
 * the Markdown between them. While a dropped element (`<script>` …) is open,
 * `dropping` tells the renderer to leave its own output out too.
 */
export interface HtmlSanitizer {
  write(html: string): string;
  /**
   * The renderer opens an element of its own (`tag`, empty when it writes no
   * tag). Raw tags written inside it stay inside it: a stray raw closing tag
   * cannot close what was open before (a `</details>` typed inside a
   * paragraph), block tags typed inside a paragraph or heading are left out,
   * and a raw `<p>` still open is closed first, as a browser would.
   */
  enter(tag: string): string;
  /**
   * The renderer's element closes with `closingTag` (empty when it was not
   * written): returns it, after the closing tags of raw elements still open
   * inside it (a `<b>` never closed ends with its paragraph, a `<button>`
   * with what it dropped) and before those of raw elements whose closing
   * tag was read inside it.
   */
  leave(closingTag: string): string;
  /** Closes whatever is still open; nothing may be written after. */
  end(): string;
  readonly dropping: boolean;
}

/**
 * One sanitiser runs per render, and a page renders in well under a
 * millisecond, so building a fresh htmlparser2 parser each time showed up as
 * garbage-collection time. Finished sanitisers wait here, reset, for the next
 * render.
 */
const idle: StreamingSanitizer[] = [];

export function createSanitizer(listener?: RawTagListener): HtmlSanitizer {
  const sanitizer = idle.pop() ?? new StreamingSanitizer();
  sanitizer.begin(listener);
  return sanitizer;
}

interface OpenElement {
  readonly name: string;
  /** kept: written out; ignored: left out, its text kept; dropped: left out with its content. */
  readonly kind: 'kept' | 'ignored' | 'dropped';
  /** Its closing tag was read inside a renderer element opened later; it closes when that one has. */
  closedEarly: boolean;
}

class StreamingSanitizer implements HtmlSanitizer {
  /** Raw elements open, outermost first, as the parser sees them (closed-early ones aside). */
  private readonly open: OpenElement[] = [];
  /**
   * For each element the renderer has open: how many raw elements were open
   * when it opened, times two, plus one inside a paragraph or heading (a
   * number, not an object: a page opens thousands of them).
   */
  private readonly floors: number[] = [];
  private droppedCount = 0;
  private closedEarlyCount = 0;
  private out = '';
  /** While the parser is told what it must know (elements the renderer closed, a restart), its events change nothing. */
  private muted = false;
  private inUse = false;
  private listener: RawTagListener | undefined;
  private readonly parser = new Parser(
    {
      onopentag: (name, attributes, isImplied) => this.opened(name, attributes, isImplied),
      ontext: (text) => {
        if (this.muted) return;
        this.listener?.text(text, this.droppedCount > 0);
        if (this.droppedCount === 0) this.out += escapeText(text);
      },
      onclosetag: (name) => this.closed(name),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );

  get dropping(): boolean {
    return this.droppedCount > 0;
  }

  begin(listener: RawTagListener | undefined): void {
    this.inUse = true;
    this.listener = listener;
  }

  write(html: string): string {
    if (!this.inUse) throw new Error('The sanitiser was written to after end()');
    const cut = tooDeepAt(html, this.open.length);
    // Never an empty chunk: the parser keeps each chunk until it has read
    // from it, and dropping a long queue of empty ones is quadratic.
    if (cut !== 0) this.parser.write(cut === -1 ? html : html.slice(0, cut));
    if (!endsInText(this.parser)) this.restart();
    const written = this.take();
    return cut !== -1 && this.droppedCount === 0 ? written + escapeText(html.slice(cut)) : written;
  }

  enter(tag: string): string {
    const phrasing = this.inPhrasing() || PHRASING_ONLY.has(tag) ? 1 : 0;
    // Most of a page has no raw element open: nothing more to do for those.
    if (this.open.length === 0) {
      this.floors.push(phrasing);
      return '';
    }
    let closing = '';
    // A Markdown block inside a raw <p>: the paragraph ends first, as in a browser.
    const top = this.open[this.open.length - 1]!;
    if (top.name === 'p' && top.kind === 'kept' && this.open.length > this.floorDepth() && BLOCK.has(tag)) closing = this.closeDownTo(this.open.length - 1, true);
    this.floors.push(this.open.length * 2 + phrasing);
    return closing;
  }

  leave(closingTag: string): string {
    const depth = (this.floors.pop() ?? 0) >> 1;
    if (this.open.length === depth && this.closedEarlyCount === 0) return closingTag;
    return this.closeDownTo(depth, true) + closingTag + this.closeDeferred();
  }

  end(): string {
    if (!this.inUse) throw new Error('The sanitiser was ended twice');
    this.muted = true;
    this.parser.end();
    this.muted = false;
    this.out += this.closeDownTo(0, false);
    const rest = this.take();
    this.parser.reset();
    this.floors.length = 0;
    this.droppedCount = 0;
    this.closedEarlyCount = 0;
    this.listener = undefined;
    this.inUse = false;
    idle.push(this);
    return rest;
  }

  private take(): string {
    const taken = this.out;
    this.out = '';
    return taken;
  }

  private floorDepth(): number {
    return (this.floors[this.floors.length - 1] ?? 0) >> 1;
  }

  private inPhrasing(): boolean {
    return ((this.floors[this.floors.length - 1] ?? 0) & 1) === 1;
  }

  /**
   * Starts the parser afresh, inside the elements still open: an unfinished
   * tag, attribute or comment is gone. Only the innermost RESTART_CONTEXT of
   * them are opened again (hostile input can end thousands of pieces
   * unfinished, deep inside); a closing tag for one deeper than that is then
   * not recognised, and the element closes with its renderer element or at
   * the end instead.
   */
  private restart(): void {
    this.muted = true;
    this.parser.reset();
    const context = this.open.filter((element) => !element.closedEarly).slice(-RESTART_CONTEXT);
    if (context.length > 0) this.parser.write(context.map((element) => `<${element.name}>`).join(''));
    this.muted = false;
  }

  /** `implied`: the parser made it up (a `<p>` for a stray `</p>`); nothing the writer typed, so nothing is written. */
  private opened(name: string, attributes: Record<string, string>, implied: boolean): void {
    if (this.muted) return;
    if (this.droppedCount > 0 || DROPPED_WITH_CONTENT.has(name)) {
      if (!VOID.has(name)) {
        this.open.push({ name, kind: 'dropped', closedEarly: false });
        this.droppedCount++;
      }
      return;
    }
    this.listener?.opened(name, attributes);
    const allowedHere = !implied && ALLOWED.has(name) && !(BLOCK.has(name) && this.inPhrasing()) && this.open.length < MAX_DEPTH;
    const tag = allowedHere ? openingTag(name, attributes) : null;
    if (tag !== null) this.out += tag;
    if (!VOID.has(name)) this.open.push({ name, kind: tag === null ? 'ignored' : 'kept', closedEarly: false });
  }

  private closed(name: string): void {
    if (this.muted || VOID.has(name)) return;
    let index = this.open.length - 1;
    while (index >= 0 && (this.open[index]!.name !== name || this.open[index]!.closedEarly)) index--;
    if (index === -1) return;
    const element = this.open[index]!;
    // Opened outside the renderer's current element (see enter): it closes
    // when that element has, as soon as it is innermost again.
    if (element.kind !== 'dropped' && index < this.floorDepth()) {
      element.closedEarly = true;
      this.closedEarlyCount++;
      this.listener?.closed(name);
      return;
    }
    this.out += this.closeDownTo(index, false) + this.closeDeferred();
  }

  /**
   * Closes open raw elements until `depth` are left. `tellParser`: the
   * renderer closes them, so the parser hears of it too (its events are
   * muted meanwhile); otherwise the parser's own closing tag is why.
   */
  private closeDownTo(depth: number, tellParser: boolean): string {
    let tags = '';
    while (this.open.length > depth) {
      const element = this.open.pop()!;
      if (element.closedEarly) this.closedEarlyCount--;
      if (tellParser && !element.closedEarly) {
        this.muted = true;
        this.parser.write(`</${element.name}>`);
        this.muted = false;
      }
      if (element.kind === 'dropped') this.droppedCount--;
      if (element.kind === 'kept') tags += `</${element.name}>`;
      // The listener heard the closing tag of an element that closed early, and hears the others now.
      if (!element.closedEarly && element.kind !== 'dropped') this.listener?.closed(element.name);
    }
    return tags;
  }

  /** Raw elements whose closing tag came early, now innermost again. */
  private closeDeferred(): string {
    let tags = '';
    for (let top = this.open[this.open.length - 1]; top?.closedEarly && this.open.length > this.floorDepth(); top = this.open[this.open.length - 1]) {
      this.open.pop();
      this.closedEarlyCount--;
      if (top.kind === 'kept') tags += `</${top.name}>`;
    }
    return tags;
  }
}

/** A whole fragment through the allow-list (raw FAQ answers, tests). */
export function sanitizeHtml(html: string): string {
  const sanitizer = createSanitizer();
  return sanitizer.write(html) + sanitizer.end();
}
