import { Parser } from 'htmlparser2';
import { ALLOWED, DROPPED_WITH_CONTENT, escapeText, openingTag, VOID } from './allow-list';

/**
 * Raw HTML through the allow-list (allow-list.ts), parsed with htmlparser2
 * in one linear pass and written out anew: every element it keeps is closed,
 * in order, so nothing in the output can be read differently by a browser
 * than by this filter.
 */

/**
 * Browsers stop nesting elements at a few hundred levels, and the parser
 * takes time proportional to the depth for every element it opens (deep tag
 * soup took seconds). Markup nested deeper than this is written out as text.
 */
const MAX_DEPTH = 512;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/g;

/** Where the markup, starting at `depth`, nests deeper than MAX_DEPTH (a linear estimate), or -1; and the depth at its end. */
function nesting(html: string, depth: number): { tooDeepAt: number; depth: number } {
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match[1]) depth = Math.max(0, depth - 1);
    else if (!VOID.has(match[2]!.toLowerCase()) && ++depth > MAX_DEPTH) return { tooDeepAt: match.index, depth };
  }
  return { tooDeepAt: -1, depth };
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
 * `<details>` around Markdown answers) are followed, and while a dropped
 * element (`<script>` …) is open, `dropping` tells the renderer to leave its
 * own output out too.
 */
export interface HtmlSanitizer {
  write(html: string): string;
  /**
   * The renderer opened an element of its own. Raw tags written inside it
   * stay inside it: a stray raw closing tag cannot close what was open before
   * (a `</details>` typed inside a paragraph), and whatever raw element is
   * still open when it closes is closed first (a `<b>` never closed ends with
   * its paragraph), so the output nests as it reads.
   */
  enter(): void;
  /**
   * The renderer's element closes with `closingTag` (empty when it was not
   * written): returns it, after the closing tags of raw elements still open
   * inside it and before those of raw elements whose closing tag was read
   * inside it.
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

class StreamingSanitizer implements HtmlSanitizer {
  private readonly open: string[] = [];
  /** For each element the renderer has open, how many raw elements were open when it opened. */
  private readonly floors: number[] = [];
  /** Positions in `open` of elements whose raw closing tag arrived while the renderer had an element open inside them. */
  private readonly closedEarly = new Set<number>();
  private out = '';
  private droppingDepth = 0;
  private depth = 0;
  private tooDeep = false;
  private inUse = false;
  private listener: RawTagListener | undefined;
  private readonly parser = new Parser(
    {
      onopentag: (name, attributes) => this.opened(name, attributes),
      ontext: (text) => {
        this.listener?.text(text, this.droppingDepth > 0);
        if (this.droppingDepth === 0) this.out += escapeText(text);
      },
      onclosetag: (name) => this.closed(name),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );

  get dropping(): boolean {
    return this.droppingDepth > 0;
  }

  begin(listener: RawTagListener | undefined): void {
    this.inUse = true;
    this.listener = listener;
  }

  write(html: string): string {
    if (!this.inUse) throw new Error('The sanitiser was written to after end()');
    if (this.tooDeep) return this.droppingDepth === 0 ? escapeText(html) : '';
    const measured = nesting(html, this.depth);
    this.depth = measured.depth;
    if (measured.tooDeepAt === -1) {
      this.parser.write(html);
      return this.take();
    }
    this.parser.write(html.slice(0, measured.tooDeepAt));
    this.tooDeep = true;
    return this.take() + (this.droppingDepth === 0 ? escapeText(html.slice(measured.tooDeepAt)) : '');
  }

  enter(): void {
    this.floors.push(this.open.length);
  }

  leave(closingTag: string): string {
    return this.closeDownTo(this.floors.pop() ?? 0) + closingTag + this.closeDeferred();
  }

  end(): string {
    if (!this.inUse) throw new Error('The sanitiser was ended twice');
    this.parser.end();
    this.out += this.closeDownTo(0);
    const rest = this.take();
    this.parser.reset();
    this.floors.length = 0;
    this.closedEarly.clear();
    this.droppingDepth = 0;
    this.depth = 0;
    this.tooDeep = false;
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

  private opened(name: string, attributes: Record<string, string>): void {
    if (this.droppingDepth > 0 || DROPPED_WITH_CONTENT.has(name)) {
      this.droppingDepth++;
      return;
    }
    this.listener?.opened(name, attributes);
    if (!ALLOWED.has(name)) return;
    const tag = openingTag(name, attributes);
    if (tag === null) return;
    this.out += tag;
    if (!VOID.has(name)) this.open.push(name);
  }

  private closed(name: string): void {
    if (this.droppingDepth > 0) {
      this.droppingDepth--;
      return;
    }
    this.listener?.closed(name);
    const index = this.open.lastIndexOf(name);
    if (index === -1) return;
    // Opened outside the renderer's current element (see enter): it closes
    // when that element has, as soon as it is innermost again.
    if (index < this.floor()) this.closedEarly.add(index);
    else this.out += this.closeDownTo(index, name) + this.closeDeferred();
  }

  private floor(): number {
    return this.floors[this.floors.length - 1] ?? 0;
  }

  /** Closes open raw elements until `depth` are left; the listener hears of each, except `closing`, whose own tag it just read. */
  private closeDownTo(depth: number, closing?: string): string {
    let tags = '';
    while (this.open.length > depth) {
      const name = this.open.pop()!;
      const heard = this.closedEarly.delete(this.open.length) || (this.open.length === depth && name === closing);
      if (!heard) this.listener?.closed(name);
      tags += `</${name}>`;
    }
    return tags;
  }

  /** Raw elements whose closing tag came early, now innermost again. */
  private closeDeferred(): string {
    let tags = '';
    while (this.open.length > this.floor() && this.closedEarly.delete(this.open.length - 1)) tags += `</${this.open.pop()}>`;
    return tags;
  }
}

/** A whole fragment through the allow-list (raw FAQ answers, tests). */
export function sanitizeHtml(html: string): string {
  const sanitizer = createSanitizer();
  return sanitizer.write(html) + sanitizer.end();
}
