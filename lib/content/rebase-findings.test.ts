import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine/finding';
import { rebaseFindings } from './rebase-findings';

const at = (text: string, words: string): Finding => {
  const start = text.indexOf(words);
  return { ruleId: 'r', category: 'phi', type: 'name', severity: 'block', start, end: start + words.length, message: 'm' };
};
const words = (text: string, fs: Finding[]) => fs.map((f) => text.slice(f.start, f.end));

describe('rebaseFindings', () => {
  const checked = 'Mr. Alvarez went home on March 3.';
  const findings = [at(checked, 'Mr. Alvarez'), at(checked, 'March 3')];

  it('shifts findings after an insertion and keeps those before it', () => {
    const current = 'Mr. Alvarez finally went home on March 3.';
    expect(words(current, rebaseFindings(findings, checked, current))).toEqual(['Mr. Alvarez', 'March 3']);
  });

  it('drops a finding the edit touched', () => {
    const current = 'Mr. Alvarez went home on March 30.';
    expect(words(current, rebaseFindings(findings, checked, current))).toEqual(['Mr. Alvarez']);
  });

  it('drops a finding when text is typed right at its start', () => {
    const current = 'Mr. Alvarez went home on xMarch 3.';
    expect(words(current, rebaseFindings(findings, checked, current))).toEqual(['Mr. Alvarez']);
  });

  it('follows deletions before a finding', () => {
    const current = 'Mr. Alvarez home on March 3.';
    expect(words(current, rebaseFindings(findings, checked, current))).toEqual(['Mr. Alvarez', 'March 3']);
  });

  it('returns the findings unchanged when nothing changed', () => {
    expect(rebaseFindings(findings, checked, checked)).toEqual(findings);
  });
});
