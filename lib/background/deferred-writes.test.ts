import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeferredWrites } from './deferred-writes';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('DeferredWrites', () => {
  it('settles only after every write, including one added while waiting', async () => {
    const writes = new DeferredWrites();
    const done: string[] = [];
    const second = async () => {
      done.push('second');
    };
    const first = new Promise<void>((resolve) => {
      setTimeout(() => {
        done.push('first');
        writes.add('second', second());
        resolve();
      }, 5);
    });
    writes.add('first', first);
    await writes.settled();
    expect(done).toEqual(['first', 'second']);
  });

  it('reports a failed write by its label, without the error that may carry draft data', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const writes = new DeferredWrites();
    writes.add('logging shown findings', Promise.reject(new Error('Mr. Alvarez')));
    await writes.settled();
    expect(warn).toHaveBeenCalledWith('PHI Guard: logging shown findings failed');
    expect(JSON.stringify(warn.mock.calls)).not.toContain('Alvarez');
  });
});
