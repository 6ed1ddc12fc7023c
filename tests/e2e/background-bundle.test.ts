// The production build's service-worker script, which Chrome parses again on every wake (architecture.md's
// cold-wake budget): the packs' optional engines stay in scripts of their own (lib/background/engine-scripts.ts)
// and are not bundled into it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

const read = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');

// Text each library carries whichever way it is minified: compromise's packed lexicon marker, and an
// RE2JS parser error message.
const MARKS = [
  { script: 'nlp-engine.js', mark: 'true¦' },
  { script: 'regex-engine.js', mark: 'invalid or unsupported Perl syntax' },
];

describe('the built service-worker script', () => {
  it.each(MARKS)('leaves $script out, which holds its engine', ({ script, mark }) => {
    expect(read(script)).toContain(mark);
    expect(read('background.js')).not.toContain(mark);
  });

  it('imports the engine scripts under the names the loader uses', () => {
    const background = read('background.js');
    for (const { script } of MARKS) expect(background).toContain(`/${script}`);
  });
});
