/**
 * Finds every occurrence of thousands of literal terms in one left-to-right pass (Aho–Corasick, 1975), so a
 * pack's long term lists cost the same on a 100,000-character paste as a short one: time is linear in the
 * text plus the matches, whatever the number of terms. A regex alternation of the same terms backtracks
 * through every alternative at every position.
 *
 * Case-insensitive matching folds both terms and text with `toLowerCase` per UTF-16 unit (the text keeps its
 * length, so offsets stay exact). A space in a term matches any single whitespace character.
 */
export interface TermHit {
  start: number;
  end: number;
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Lengths of the terms ending here (including via failure links), longest first. */
  out: number[];
}

const SPACE = 0x20;

// Case folding of code units from U+0080 up, remembered as they are met (0: not yet folded); shared by every
// automaton, so a text in another script folds each distinct character once.
const wideFolds = new Uint16Array(0x10000);

function fold(code: number, caseSensitive: boolean): number {
  if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0) return SPACE;
  if (caseSensitive || code < 0x41) return code;
  if (code <= 0x5a) return code + 0x20;
  if (code < 0x80) return code;
  let folded = wideFolds[code]!;
  if (folded === 0) {
    const lower = String.fromCharCode(code).toLowerCase();
    folded = wideFolds[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  return folded;
}

/**
 * The trie is compiled into a table of transitions (a deterministic automaton) over the characters the terms
 * use: scanning is then one table read per character, with no failure-link walks. Characters no term uses
 * share class 0, which always leads back to the root.
 */
export class TermAutomaton {
  /** Folded code unit → character class, for each code unit some term uses (classes count from 1). */
  private readonly classes = new Map<number, number>();
  /** The class of each ASCII code unit, folding applied (0 when no term uses it). */
  private readonly asciiClass = new Uint8Array(128);
  /** Transitions: `delta[state * width + class]`. */
  private readonly delta: Uint16Array | Uint32Array;
  private readonly width: number;
  /** Per state: lengths of the terms that end there, longest first. */
  private readonly out: number[][];

  constructor(
    terms: readonly string[],
    private readonly caseSensitive = false,
  ) {
    const nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
    for (const raw of terms) {
      const term = raw.trim().replace(/\s+/g, ' ');
      if (!term) continue;
      let state = 0;
      for (let i = 0; i < term.length; i++) {
        const code = fold(term.charCodeAt(i), caseSensitive);
        let cls = this.classes.get(code);
        if (cls === undefined) this.classes.set(code, (cls = this.classes.size + 1));
        let next = nodes[state]!.next.get(cls);
        if (next === undefined) {
          next = nodes.push({ next: new Map(), fail: 0, out: [] }) - 1;
          nodes[state]!.next.set(cls, next);
        }
        state = next;
      }
      if (!nodes[state]!.out.includes(term.length)) nodes[state]!.out.push(term.length);
    }
    for (let code = 0; code < 128; code++) this.asciiClass[code] = this.classes.get(fold(code, caseSensitive)) ?? 0;
    this.width = this.classes.size + 1;
    const size = nodes.length * this.width;
    this.delta = nodes.length <= 0xffff ? new Uint16Array(size) : new Uint32Array(size);
    this.out = this.link(nodes);
  }

  /**
   * Breadth-first failure links, with each node's outputs extended by its failure target's, and the full
   * transition table: a state without an edge for a class takes its failure target's transition.
   */
  private link(nodes: Node[]): number[][] {
    const { delta, width } = this;
    const queue: number[] = [];
    for (const [cls, child] of nodes[0]!.next) {
      delta[cls] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const node = nodes[state]!;
      const row = state * width;
      const failRow = node.fail * width;
      delta.copyWithin(row, failRow, failRow + width);
      for (const [cls, child] of node.next) {
        delta[row + cls] = child;
        nodes[child]!.fail = delta[failRow + cls]!;
        const inherited = nodes[nodes[child]!.fail]!.out;
        if (inherited.length) nodes[child]!.out = [...new Set([...nodes[child]!.out, ...inherited])].sort((a, b) => b - a);
        queue.push(child);
      }
    }
    return nodes.map((n) => n.out);
  }

  /** Every occurrence, in order of end position; overlapping and nested occurrences included. */
  scan(text: string): TermHit[] {
    const { asciiClass, classes, delta, width, out, caseSensitive } = this;
    const hits: TermHit[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const cls = code < 128 ? asciiClass[code]! : (classes.get(fold(code, caseSensitive)) ?? 0);
      state = delta[state * width + cls]!;
      const lengths = out[state]!;
      for (let k = 0; k < lengths.length; k++) hits.push({ start: i + 1 - lengths[k]!, end: i + 1 });
    }
    return hits;
  }
}
