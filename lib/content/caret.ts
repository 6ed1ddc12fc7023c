import { readEditableText } from '../sites/editable-text';

/**
 * Where the caret (or selection) is in an editor's text, in the offsets PHI Guard reads the text with — or
 * null when the selection is not inside the editor. Read before focus moves into PHI Guard's own UI, so
 * "insert at the caret" knows where the caret was.
 */
export function selectionOffsets(element: HTMLElement): { start: number; end: number } | null {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    return { start: element.selectionStart ?? 0, end: element.selectionEnd ?? 0 };
  }
  const selection = element.ownerDocument.getSelection();
  if (!selection?.rangeCount) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return null;
  const map = readEditableText(element);
  const offsetOf = (node: Node, offset: number): number => {
    const exact = map.segments.find((s) => s.node === node);
    if (exact) return exact.start + Math.min(offset, exact.node.length);
    // The boundary sits between nodes (an empty line, the editor itself): count the text before it.
    const point = element.ownerDocument.createRange();
    point.setStart(node, offset);
    let at = 0;
    for (const segment of map.segments) {
      if (point.comparePoint(segment.node, segment.node.length) > 0) break;
      at = segment.start + segment.node.length;
    }
    return at;
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = range.collapsed ? start : offsetOf(range.endContainer, range.endOffset);
  return { start: Math.min(start, end), end: Math.max(start, end) };
}
