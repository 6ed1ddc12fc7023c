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

function fold(code: number, caseSensitive: boolean): number {
  if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0) return SPACE;
  if (caseSensitive || code < 0x41) return code;
  if (code <= 0x5a) return code + 0x20;
  if (code < 0x80) return code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

export class TermAutomaton {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];

  constructor(
    terms: readonly string[],
    private readonly caseSensitive = false,
  ) {
    for (const raw of terms) {
      const term = raw.trim().replace(/\s+/g, ' ');
      if (!term) continue;
      let state = 0;
      for (let i = 0; i < term.length; i++) {
        const code = fold(term.charCodeAt(i), caseSensitive);
        let next = this.nodes[state]!.next.get(code);
        if (next === undefined) {
          next = this.nodes.push({ next: new Map(), fail: 0, out: [] }) - 1;
          this.nodes[state]!.next.set(code, next);
        }
        state = next;
      }
      if (!this.nodes[state]!.out.includes(term.length)) this.nodes[state]!.out.push(term.length);
    }
    this.link();
  }

  /** Breadth-first failure links, with each node's outputs extended by its failure target's. */
  private link() {
    const queue: number[] = [];
    for (const child of this.nodes[0]!.next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, child] of this.nodes[state]!.next) {
        let fail = this.nodes[state]!.fail;
        while (fail && !this.nodes[fail]!.next.has(code)) fail = this.nodes[fail]!.fail;
        const target = this.nodes[fail]!.next.get(code);
        this.nodes[child]!.fail = target !== undefined && target !== child ? target : 0;
        const inherited = this.nodes[this.nodes[child]!.fail]!.out;
        this.nodes[child]!.out = [...new Set([...this.nodes[child]!.out, ...inherited])].sort((a, b) => b - a);
        queue.push(child);
      }
    }
  }

  /** Every occurrence, in order of end position; overlapping and nested occurrences included. */
  *scan(text: string): Generator<TermHit> {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = fold(text.charCodeAt(i), this.caseSensitive);
      while (state && !this.nodes[state]!.next.has(code)) state = this.nodes[state]!.fail;
      state = this.nodes[state]!.next.get(code) ?? 0;
      for (const length of this.nodes[state]!.out) yield { start: i + 1 - length, end: i + 1 };
    }
  }
}
