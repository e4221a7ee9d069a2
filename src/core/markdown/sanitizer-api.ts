/** Raw tags as they were written, for the outline (images and links the page will carry). */
export interface RawTagListener {
  /** `offset`: where the tag starts in the piece of HTML being written. */
  opened(name: string, attributes: Readonly<Record<string, string>>, offset: number): void;
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
  /** The renderer writes a block with no content of its own (`hr`, code): a raw `<p>` or heading still open ends first. */
  blockStarts(tag: string): string;
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
