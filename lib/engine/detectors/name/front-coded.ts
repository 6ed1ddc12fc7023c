/**
 * Membership tests on a sorted, front-coded word list without decoding it. Each entry is a digit (characters
 * shared with the previous word, 0–9) and the rest of the word; the generator (scripts/generate-name-data.mjs)
 * restarts with a whole word (digit 0) at least every few dozen entries. A lookup binary-searches those
 * restarts, then walks one block comparing in place, so building the list costs one scan for the restarts
 * instead of a hundred thousand strings and hash-set insertions on the first check after a worker wakes.
 * A list asked very often (a long session, a batch run in the CLI) decodes itself into a hash set once, since
 * by then the set's faster lookups repay its cost.
 */
const LOOKUPS_BEFORE_DECODING = 20_000;

export class FrontCodedList {
  /** Offsets of the entries that hold a whole word (digit 0), in order. */
  private restarts: Int32Array | null = null;
  private words: Set<string> | null = null;
  private lookups = 0;

  constructor(private readonly coded: string) {}

  has(word: string): boolean {
    if (this.words) return this.words.has(word);
    if (++this.lookups > LOOKUPS_BEFORE_DECODING) {
      this.words = decode(this.coded);
      return this.words.has(word);
    }
    return this.search(word);
  }

  private search(word: string): boolean {
    const { coded } = this;
    const restarts = (this.restarts ??= findRestarts(coded));
    // The last restart whose word is not after `word`.
    let lo = 0;
    let hi = restarts.length - 1;
    let block = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (compareAt(word, 0, coded, restarts[mid]! + 1) >= 0) {
        block = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (block < 0) return false;
    // Walk the block. Invariant: the previous word sorts before `word` and shares `common` characters with it.
    let at = restarts[block]!;
    let shared = 0;
    let common = 0;
    const end = block + 1 < restarts.length ? restarts[block + 1]! : coded.length;
    while (at < end) {
      shared = coded.charCodeAt(at) - 48;
      // A word that keeps more of the previous word than `word` does still sorts before it.
      if (shared > common) {
        at = nextEntry(coded, at);
        continue;
      }
      // The entry equals `word` up to `shared`; compare the rest.
      let i = shared;
      let j = at + 1;
      while (j < coded.length && !isDigit(coded.charCodeAt(j)) && i < word.length && coded.charCodeAt(j) === word.charCodeAt(i)) {
        i++;
        j++;
      }
      const entryEnded = j >= coded.length || isDigit(coded.charCodeAt(j));
      if (entryEnded && i === word.length) return true;
      // The entry sorts after `word`: it is not in the list.
      if (i === word.length || (!entryEnded && coded.charCodeAt(j) > word.charCodeAt(i))) return false;
      common = i;
      at = entryEnded ? j : nextEntry(coded, j);
    }
    return false;
  }
}

function decode(coded: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  for (let at = 0; at < coded.length; ) {
    const next = nextEntry(coded, at);
    previous = previous.slice(0, coded.charCodeAt(at) - 48) + coded.slice(at + 1, next);
    words.add(previous);
    at = next;
  }
  return words;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The offset of the entry after the one whose text includes `at`. */
function nextEntry(coded: string, at: number): number {
  let j = at + 1;
  while (j < coded.length && !isDigit(coded.charCodeAt(j))) j++;
  return j;
}

// indexOf runs natively: the first check after a wake scans the lists before any of this code is optimised.
function findRestarts(coded: string): Int32Array {
  const restarts: number[] = [];
  for (let at = coded.indexOf('0'); at >= 0; at = coded.indexOf('0', at + 1)) restarts.push(at);
  return Int32Array.from(restarts);
}

/** Compares `word` (from `i`) with the word written in `coded` from `j` up to the next digit. */
function compareAt(word: string, i: number, coded: string, j: number): number {
  for (; ; i++, j++) {
    const wordEnded = i >= word.length;
    const entryEnded = j >= coded.length || isDigit(coded.charCodeAt(j));
    if (wordEnded || entryEnded) return wordEnded ? (entryEnded ? 0 : -1) : 1;
    const diff = word.charCodeAt(i) - coded.charCodeAt(j);
    if (diff !== 0) return diff;
  }
}

/**
 * Membership tests on a sorted, `separator`-joined word list (the place gazetteer) without splitting it: the
 * first lookup finds the separators with native indexOf, and each lookup binary-searches the entries in
 * place. Building hash sets of the tens of thousands of entries instead costs tens of milliseconds on the
 * first check after a worker wakes. The list must be sorted by UTF-16 code units (Array#sort's order).
 */
export class SortedWordList {
  /** Offsets of every entry's first character, in order. */
  private starts: Int32Array | null = null;

  constructor(
    private readonly joined: string,
    private readonly separator = '|',
  ) {}

  has(word: string): boolean {
    const at = this.lowerBound(word);
    return at >= 0 && this.entryEquals(at, word);
  }

  /** Whether an entry is `word` or begins with `word` and a space ("new" for "new york"). */
  hasFirstWord(word: string): boolean {
    const at = this.lowerBound(word);
    if (at < 0) return false;
    // A space sorts before every other character an entry holds, so an entry "word …" is the lower bound
    // unless `word` itself is listed.
    const start = this.startOf(at);
    const end = this.endOf(at);
    if (end - start < word.length || !this.joined.startsWith(word, start)) return false;
    return end - start === word.length || this.joined.charCodeAt(start + word.length) === 32;
  }

  /** The index of the first entry not sorting before `word`, or -1 when every entry does. */
  private lowerBound(word: string): number {
    const starts = (this.starts ??= findStarts(this.joined, this.separator));
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compareEntry(mid, word) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? lo : -1;
  }

  private startOf(index: number): number {
    return this.starts![index]!;
  }

  private endOf(index: number): number {
    const next = this.starts![index + 1];
    return next === undefined ? this.joined.length : next - this.separator.length;
  }

  private entryEquals(index: number, word: string): boolean {
    const start = this.startOf(index);
    return this.endOf(index) - start === word.length && this.joined.startsWith(word, start);
  }

  /** Compares entry `index` with `word` by UTF-16 code units. */
  private compareEntry(index: number, word: string): number {
    const { joined } = this;
    const end = this.endOf(index);
    let j = this.startOf(index);
    for (let i = 0; ; i++, j++) {
      const entryEnded = j >= end;
      const wordEnded = i >= word.length;
      if (entryEnded || wordEnded) return entryEnded ? (wordEnded ? 0 : -1) : 1;
      const diff = joined.charCodeAt(j) - word.charCodeAt(i);
      if (diff !== 0) return diff;
    }
  }
}

function findStarts(joined: string, separator: string): Int32Array {
  if (!joined) return new Int32Array(0);
  const starts: number[] = [0];
  for (let at = joined.indexOf(separator); at >= 0; at = joined.indexOf(separator, at + 1)) {
    starts.push(at + separator.length);
  }
  return Int32Array.from(starts);
}
