import { describe, expect, it } from 'vitest';
import { check } from '../check';
import type { AllowLists } from '../detector';
import { replyRepeatDetector } from './reply-repeat';

const allow: AllowLists = { names: new Set(), domains: new Set(), terms: new Set() };
const spans = (text: string, replyTo: string | undefined) =>
  replyRepeatDetector
    .detect({ text, context: { surface: 'reply', ...(replyTo ? { replyTo } : {}) }, allow, options: {} })
    .map((c) => ({ words: text.slice(c.start, c.end), type: c.type, confidence: c.confidence }));

const COMMENT = 'My husband Teodor Varga was in your cardiac ward until March 14 and nobody has called me at 312-555-0187.';

describe('replyRepeatDetector', () => {
  it('finds the commenter\'s name, date and phone number when the reply repeats them, in any case', () => {
    const reply = 'We are sorry teodor varga had a hard time after March 14; we will call 312-555-0187 today.';
    const found = spans(reply, COMMENT);
    expect(found.map((f) => [f.words, f.type])).toEqual(
      expect.arrayContaining([
        ['teodor varga', 'name'],
        ['March 14', 'date'],
        ['312-555-0187', 'phone'],
      ]),
    );
    // Never the relation word the name detector's span starts with.
    expect(found.map((f) => f.words)).not.toContain('husband');
    expect(found.every((f) => f.confidence >= 0.5)).toBe(true);
  });

  it('stays quiet when the reply does not repeat the details', () => {
    expect(spans('Thank you for reaching out. Please call our patient relations team.', COMMENT)).toEqual([]);
  });

  it('does nothing without a comment to compare with', () => {
    expect(spans('Teodor Varga, March 14', undefined)).toEqual([]);
  });

  it('matches whole words only', () => {
    const found = spans('Our team visited Vargasville in March 140 years ago.', 'Ask Teodor Varga about March 14.');
    expect(found).toEqual([]);
  });

  it('finds either part of a disclosed name on its own', () => {
    expect(spans('Our thoughts are with Varga and the family.', COMMENT).map((f) => f.words)).toEqual(['Varga']);
  });

  it('blocks a repeated detail the draft alone would not reveal, with a fix that keeps the sentence readable', () => {
    const reply = 'We hope teodor is feeling better.';
    expect(check(reply, { surface: 'reply' })).toEqual([]);
    const findings = check(reply, { surface: 'reply', replyTo: COMMENT });
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'phi.reply.repeats-disclosure',
        type: 'name',
        severity: 'block',
        start: 8,
        end: 14,
        fixes: [{ label: 'Say "them" instead', replacement: 'them' }],
      }),
    ]);
  });
});
