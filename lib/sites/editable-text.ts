/**
 * Reads the text of a contenteditable editor and keeps, in the same walk, a map from text offsets to DOM
 * positions — so a finding's [start, end) becomes a DOM Range on exactly its words. `innerText` and
 * `textContent` disagree on <br> and block boundaries (sites.md, "Reading text and mapping offsets"); building
 * text and map together means they cannot drift.
 *
 * Blocks (paragraphs, Draft.js blocks, list items) are joined with "\n"; a <br> inside a block is "\n"; the
 * <br> that editors put at the end of a block to give it height (Lexical, ProseMirror, Quill, Draft.js empty
 * lines) adds nothing.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the editor text. */
  start: number;
}

export interface EditableText {
  text: string;
  segments: readonly TextSegment[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL',
]);

const isBlock = (el: Element) => BLOCK_TAGS.has(el.tagName);

export function readEditableText(root: HTMLElement): EditableText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  // A block boundary has been passed; it becomes "\n" only if more content follows.
  let pendingBreak = false;
  let hasContent = false;

  const emit = (s: string, node?: Text) => {
    if (pendingBreak && hasContent) {
      parts.push('\n');
      length += 1;
    }
    pendingBreak = false;
    hasContent = true;
    if (node) segments.push({ node, start: length });
    parts.push(s);
    length += s.length;
  };

  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length) emit(data, node as Text);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      if (isTrailingBreak(el, root)) emit('');
      else emit('\n');
      return;
    }
    // Placeholders and decorations that editors mark as not part of the text.
    if (el.getAttribute('contenteditable') === 'false' && el !== root) return;
    if (el.tagName === 'STYLE' || el.tagName === 'SCRIPT') return;
    const block = el !== root && isBlock(el);
    if (block) pendingBreak = true;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) pendingBreak = true;
  };

  walk(root);
  return { text: parts.join(''), segments };
}

/** A <br> followed by nothing but empty inline content up to the end of its block gives the block height only. */
function isTrailingBreak(br: Element, root: HTMLElement): boolean {
  let node: Node = br;
  while (node !== root) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE && (next as Text).data.length) return false;
      if (next.nodeType === Node.ELEMENT_NODE) {
        const el = next as Element;
        if (isBlock(el)) return true;
        if (el.tagName === 'BR' || (el.textContent ?? '').length) return false;
      }
    }
    const parent = node.parentNode;
    if (!parent || (parent.nodeType === Node.ELEMENT_NODE && isBlock(parent as Element))) return true;
    node = parent;
  }
  return true;
}

/** The DOM position of a text offset; at a boundary between nodes, `affinity` picks the side. */
export function positionAt(
  map: EditableText,
  offset: number,
  affinity: 'start' | 'end',
): { node: Text; offset: number } | null {
  const { segments } = map;
  if (!segments.length) return null;
  // Binary search for the last segment starting at or before the offset.
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  let seg = segments[lo]!;
  let within = offset - seg.start;
  if (within < 0) return { node: seg.node, offset: 0 };
  if (within > seg.node.data.length) {
    // The offset is on a "\n" between blocks: snap to the next node's start, or this node's end.
    const next = segments[lo + 1];
    if (affinity === 'start' && next) return { node: next.node, offset: 0 };
    return { node: seg.node, offset: seg.node.data.length };
  }
  if (within === seg.node.data.length && affinity === 'start' && segments[lo + 1]?.start === offset) {
    seg = segments[lo + 1]!;
    within = 0;
  }
  return { node: seg.node, offset: within };
}

/** A DOM Range over [start, end) of the editor text, or null when the map no longer fits the DOM. */
export function rangeFor(map: EditableText, start: number, end: number): Range | null {
  const from = positionAt(map, start, 'start');
  const to = positionAt(map, end, 'end');
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = from.node.ownerDocument.createRange();
  try {
    range.setStart(from.node, Math.min(from.offset, from.node.data.length));
    range.setEnd(to.node, Math.min(to.offset, to.node.data.length));
  } catch {
    return null;
  }
  return range;
}
