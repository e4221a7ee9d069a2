import type { ImageInfo } from '../../../../core/assets';
import type { EditorBridge } from '../editor-bridge';

/** A range of the body, as the text box reports its selection. */
export interface BodyRange {
  readonly start: number;
  readonly end: number;
}

/** An image the writer dropped, pasted or picked, waiting for its alt text. */
export interface PendingImage {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly info: ImageInfo;
  /** Where the image goes in the body. */
  readonly at: BodyRange;
}

/** A line under the editor saying what a helper just did, with an optional action (undo a paste's conversion). */
export interface HelperStatus {
  readonly message: string;
  readonly tone: 'info' | 'warning' | 'error';
  readonly action?: { readonly label: string; readonly run: () => void };
}

export interface HelperState {
  readonly panel: 'faq' | 'table' | null;
  /** The selection the link picker replaces, while it is open. */
  readonly link: BodyRange | null;
  readonly image: PendingImage | null;
  readonly status: HelperStatus | null;
  /** The caret, followed only while the table panel is open (it edits the table under it). */
  readonly caret: number;
}

const INITIAL: HelperState = { panel: null, link: null, image: null, status: null, caret: 0 };

/**
 * The helpers' state, outside React: the toolbar (inside the editor
 * component) and the text box's events change it, and only the panels
 * subscribe, so opening a panel or moving the caret never re-renders the
 * editor with its long text.
 */
export class HelperStore {
  private state = INITIAL;
  private readonly listeners = new Set<() => void>();
  /** Opens the system's file dialog; set by the panels, which own the file input. */
  private imagePicker: (() => void) | null = null;
  /** The body editor, for the toolbar's and the text box's handlers, which outlive any one render. */
  private bridge: () => EditorBridge | null = () => null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): HelperState => this.state;

  private set(changes: Partial<HelperState>): void {
    this.state = { ...this.state, ...changes };
    this.listeners.forEach((listener) => listener());
  }

  /** Opens a panel, or closes it when it is the one open (the toolbar button toggles). */
  togglePanel(panel: 'faq' | 'table', caret: number): void {
    this.set({ panel: this.state.panel === panel ? null : panel, caret });
  }

  openPanel(panel: 'faq' | 'table', caret: number): void {
    this.set({ panel, caret });
  }

  closePanel(): void {
    this.set({ panel: null });
  }

  followCaret(caret: number): void {
    if (this.state.panel === 'table' && caret !== this.state.caret) this.set({ caret });
  }

  openLinkPicker(range: BodyRange): void {
    this.set({ link: range });
  }

  closeLinkPicker(): void {
    this.set({ link: null });
  }

  connect(bridge: () => EditorBridge | null): void {
    this.bridge = bridge;
  }

  editor(): EditorBridge | null {
    return this.bridge();
  }

  setImagePicker(picker: (() => void) | null): void {
    this.imagePicker = picker;
  }

  /** Called from the toolbar click itself: browsers open a file dialog only during a user's action. */
  askForImage(): void {
    this.imagePicker?.();
  }

  openImage(image: PendingImage): void {
    this.set({ image });
  }

  closeImage(): void {
    this.set({ image: null });
  }

  say(status: HelperStatus | null): void {
    this.set({ status });
  }
}
