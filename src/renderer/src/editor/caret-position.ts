const COPIED_STYLES = [
  'boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'tabSize', 'textIndent', 'textTransform', 'wordSpacing',
] as const;

/**
 * The y position (in the text box's content, px) of a character offset,
 * measured on an invisible copy of the text box: wrapped lines make any
 * estimate from line numbers wrong by screens in long paragraphs.
 */
export function caretTop(textarea: HTMLTextAreaElement, offset: number): number {
  const mirror = document.createElement('div');
  const style = getComputedStyle(textarea);
  for (const property of COPIED_STYLES) mirror.style[property] = style[property];
  Object.assign(mirror.style, { position: 'absolute', visibility: 'hidden', top: '0', left: '-9999px', whiteSpace: 'pre-wrap', overflowWrap: 'break-word', height: 'auto' });
  mirror.textContent = textarea.value.slice(0, offset);
  const marker = document.createElement('span');
  marker.textContent = '\u200b';
  mirror.append(marker);
  document.body.append(mirror);
  const top = marker.offsetTop;
  mirror.remove();
  return top;
}
