import { Parser } from 'htmlparser2';
import { ALLOWED, DROPPED_WITH_CONTENT, escapeText, openingTag, VOID } from './allow-list';
import { MAX_DEPTH, tooDeepAt } from './nesting-depth';
import type { HtmlSanitizer, RawTagListener } from './sanitizer-api';

export type { HtmlSanitizer, RawTagListener } from './sanitizer-api';

/**
 * Raw HTML through the allow-list (allow-list.ts), parsed with htmlparser2
 * in one linear pass and written out anew: every element it keeps is closed,
 * in order, so nothing in the output can be read differently by a browser
 * than by this filter.
 */

/** How many of the open elements a restarted parser is put back inside (see restart). */
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
function parserState(parser: Parser): unknown {
  return (parser as unknown as { tokenizer?: { state?: unknown } }).tokenizer?.state;
}
function endsInText(parser: Parser): boolean {
  const state = parserState(parser);
  return state === TEXT || state === IN_SPECIAL_TAG || state === IN_PLAIN_TEXT;
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
  /** The parser has it open too (not so for one left out of a restart). */
  inParser: boolean;
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
  /** Raw paragraphs and headings written and still open (blockStarts looks for them only when there are some). */
  private paragraphsOpen = 0;
  /** Characters given to the parser since it last started, and where the current piece began among them. */
  private fed = 0;
  private pieceStart = 0;
  /** An implied closing tag went past the renderer's element: the parser must start again in step with `open`. */
  private outOfStep = false;
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
      onclosetag: (name, isImplied) => this.closed(name, isImplied),
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
    if (this.outOfStep) this.restart();
    const cut = tooDeepAt(html, this.open.length);
    let piece = cut === -1 ? html : html.slice(0, cut);
    // A piece may end in "R&D" or "&co": the parser would wait for the rest
    // of an entity that is never coming. That tail is written as text.
    const entityTail = /&[#a-zA-Z0-9]*$/.exec(piece)?.[0] ?? '';
    piece = piece.slice(0, piece.length - entityTail.length);
    this.pieceStart = this.fed;
    // Never an empty chunk: the parser keeps each chunk until it has read
    // from it, and dropping a long queue of empty ones is quadratic.
    if (piece !== '') this.feed(piece);
    const inText = parserState(this.parser) === TEXT;
    if (this.outOfStep || !endsInText(this.parser)) this.restart();
    let written = this.take();
    if (inText && entityTail !== '' && this.droppedCount === 0) {
      this.listener?.text(entityTail, false);
      written += escapeText(entityTail);
    }
    return cut !== -1 && this.droppedCount === 0 ? written + escapeText(html.slice(cut)) : written;
  }

  private feed(chunk: string): void {
    this.parser.write(chunk);
    this.fed += chunk.length;
  }

  enter(tag: string): string {
    const phrasing = this.inPhrasing() || PHRASING_ONLY.has(tag) ? 1 : 0;
    // Most of a page has no raw element open: nothing more to do for those.
    if (this.open.length === 0) {
      this.floors.push(phrasing);
      return '';
    }
    const closing = this.blockStarts(tag);
    this.floors.push(this.open.length * 2 + phrasing);
    return closing;
  }

  blockStarts(tag: string): string {
    if (this.paragraphsOpen === 0 || !BLOCK.has(tag)) return '';
    // A Markdown block inside a raw <p> or heading: that ends first (with
    // whatever is open inside it), as in a browser.
    for (let index = this.floorDepth(); index < this.open.length; index++) {
      const element = this.open[index]!;
      if (element.kind === 'kept' && !element.closedEarly && PHRASING_ONLY.has(element.name)) return this.closeDownTo(index, true);
    }
    return '';
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
    this.paragraphsOpen = 0;
    this.fed = 0;
    this.outOfStep = false;
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
    this.fed = 0;
    this.outOfStep = false;
    // Elements left out are not reopened: a block tag ignored inside a
    // paragraph would make the parser close the list item around it.
    for (const element of this.open) element.inParser = false;
    const context = this.open.filter((element) => !element.closedEarly && element.kind !== 'ignored').slice(-RESTART_CONTEXT);
    for (const element of context) element.inParser = true;
    if (context.length > 0) this.feed(context.map((element) => `<${element.name}>`).join(''));
    this.muted = false;
  }

  /** `implied`: the parser made it up (a `<p>` for a stray `</p>`); nothing the writer typed, so nothing is written. */
  private opened(name: string, attributes: Record<string, string>, implied: boolean): void {
    if (this.muted) return;
    if (this.droppedCount > 0 || DROPPED_WITH_CONTENT.has(name)) {
      if (!VOID.has(name)) {
        this.open.push({ name, kind: 'dropped', closedEarly: false, inParser: true });
        this.droppedCount++;
      }
      return;
    }
    this.listener?.opened(name, attributes, this.parser.startIndex - this.pieceStart);
    const allowedHere = !implied && ALLOWED.has(name) && !(BLOCK.has(name) && this.inPhrasing()) && this.open.length < MAX_DEPTH;
    const tag = allowedHere ? openingTag(name, attributes) : null;
    if (tag !== null) this.out += tag;
    if (VOID.has(name)) return;
    this.open.push({ name, kind: tag === null ? 'ignored' : 'kept', closedEarly: false, inParser: true });
    if (tag !== null && PHRASING_ONLY.has(name)) this.paragraphsOpen++;
  }

  /** `implied`: closed by the parser because of what followed (an `<li>` closing the one before), not by a closing tag. */
  private closed(name: string, implied: boolean): void {
    if (this.muted || VOID.has(name)) return;
    let index = this.open.length - 1;
    while (index >= 0 && (this.open[index]!.name !== name || this.open[index]!.closedEarly)) index--;
    if (index === -1) return;
    const element = this.open[index]!;
    // Opened outside the renderer's current element (see enter): it closes
    // when that element has, as soon as it is innermost again.
    if (element.kind !== 'dropped' && index < this.floorDepth()) {
      // What followed was left out (a block tag inside a paragraph), so it
      // closes nothing; the parser, which closed it anyway, starts again.
      if (implied) {
        this.outOfStep = true;
        return;
      }
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
      if (element.kind === 'kept' && PHRASING_ONLY.has(element.name)) this.paragraphsOpen--;
      if (element.closedEarly) this.closedEarlyCount--;
      if (tellParser && element.inParser && !element.closedEarly) {
        this.muted = true;
        this.feed(`</${element.name}>`);
        this.muted = false;
      }
      if (element.kind === 'dropped') this.droppedCount--;
      if (element.kind === 'kept') tags += `</${element.name}>`;
      // The listener heard the closing tag of an element that closed early, and hears the others now.
      if (!element.closedEarly && element.kind !== 'dropped') this.listener?.closed(element.name);
    }
    // Renderer elements opened while more raw elements were open (inside a
    // dropped one, say) now sit on what is left.
    for (let index = this.floors.length - 1; index >= 0 && this.floors[index]! >> 1 > this.open.length; index--) this.floors[index] = this.open.length * 2 + (this.floors[index]! & 1);
    // <plaintext> never ends for the parser, whatever closing tag it is told.
    if (tellParser && this.droppedCount === 0 && parserState(this.parser) !== TEXT) this.outOfStep = true;
    return tags;
  }

  /** Raw elements whose closing tag came early, now innermost again. */
  private closeDeferred(): string {
    let tags = '';
    for (let top = this.open[this.open.length - 1]; top?.closedEarly && this.open.length > this.floorDepth(); top = this.open[this.open.length - 1]) {
      this.open.pop();
      this.closedEarlyCount--;
      if (top.kind === 'kept' && PHRASING_ONLY.has(top.name)) this.paragraphsOpen--;
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
