import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../engine/finding';
import { decideSubmit, DEFAULT_GUARD, OTHER_REASON, overrideProblem, overrideReason, type GuardSettings } from './guard-decision';
import { installEnglishMessages } from '@/tests/unit/english-messages';

const finding = (severity: Finding['severity']): Finding => ({
  ruleId: `r.${severity}`,
  category: 'phi',
  type: 'phone',
  severity,
  start: 0,
  end: 4,
  message: 'm',
});
const settings = (over: Partial<GuardSettings> = {}): GuardSettings => ({
  ...DEFAULT_GUARD,
  overrideReasons: ['Consent on file', 'Not about a patient'],
  ...over,
});

beforeAll(installEnglishMessages);

describe('decideSubmit', () => {
  it('holds a checked draft with a blocking finding and names what blocks it', () => {
    const verdict = decideSubmit({ settings: settings(), findings: [finding('warn'), finding('block')], check: 'current', uiAvailable: true });
    expect(verdict).toEqual({ action: 'hold', blocking: [finding('block')] });
  });

  it('lets a draft with only warnings through, with them for the audit log', () => {
    expect(decideSubmit({ settings: settings(), findings: [finding('warn')], check: 'current', uiAvailable: true })).toEqual({
      action: 'allow',
      findings: [finding('warn')],
    });
  });

  it('waits for the check when typing has not been checked yet', () => {
    expect(decideSubmit({ settings: settings(), findings: [], check: 'pending', uiAvailable: true })).toEqual({ action: 'wait' });
  });

  it('never holds when the policy does not block on submit', () => {
    const verdict = decideSubmit({ settings: settings({ blockOnSubmit: false }), findings: [finding('block')], check: 'failed', uiAvailable: false });
    expect(verdict.action).toBe('allow');
  });

  it('follows the fail mode when the check failed', () => {
    expect(decideSubmit({ settings: settings({ failMode: 'open' }), findings: [], check: 'failed', uiAvailable: true })).toEqual({ action: 'fail-open' });
    expect(decideSubmit({ settings: settings({ failMode: 'closed' }), findings: [], check: 'failed', uiAvailable: true })).toEqual({ action: 'fail-closed' });
  });

  it('follows the fail mode when the dialog cannot be shown, rather than trapping the user', () => {
    const blocked = [finding('block')];
    expect(decideSubmit({ settings: settings({ failMode: 'open' }), findings: blocked, check: 'current', uiAvailable: false }).action).toBe('fail-open');
    expect(decideSubmit({ settings: settings({ failMode: 'closed' }), findings: blocked, check: 'current', uiAvailable: false }).action).toBe('fail-closed');
  });

  it('uses the pack defaults (hold, fail open) when the settings could not be read', () => {
    expect(decideSubmit({ settings: null, findings: [finding('block')], check: 'current', uiAvailable: true }).action).toBe('hold');
    expect(decideSubmit({ settings: null, findings: [], check: 'failed', uiAvailable: true }).action).toBe('fail-open');
  });
});

describe('overrideProblem', () => {
  it('asks for a reason when the policy requires one', () => {
    expect(overrideProblem(settings(), { reason: null, freeText: '' })).toMatch(/choose a reason/i);
    expect(overrideProblem(settings(), { reason: 'Consent on file', freeText: '' })).toBeNull();
  });

  it('asks for words when "another reason" is chosen or the policy lists none', () => {
    expect(overrideProblem(settings(), { reason: OTHER_REASON, freeText: '  ' })).toMatch(/describe/i);
    expect(overrideProblem(settings(), { reason: OTHER_REASON, freeText: 'Approved by legal' })).toBeNull();
    expect(overrideProblem(settings({ overrideReasons: [] }), { reason: null, freeText: '' })).toMatch(/describe/i);
  });

  it('does not insist when the policy makes the reason optional, and refuses a reason not on the list', () => {
    expect(overrideProblem(settings({ overrideReasonRequired: false }), { reason: null, freeText: '' })).toBeNull();
    expect(overrideProblem(settings(), { reason: 'Made up', freeText: '' })).toMatch(/choose a reason/i);
  });
});

describe('overrideReason', () => {
  it('sends the listed reason, or the free text, or "other"', () => {
    expect(overrideReason({ reason: 'Consent on file', freeText: 'ignored' })).toBe('Consent on file');
    expect(overrideReason({ reason: OTHER_REASON, freeText: ' Approved by legal ' })).toBe('Approved by legal');
    expect(overrideReason({ reason: OTHER_REASON, freeText: '' })).toBe(OTHER_REASON);
    expect(overrideReason({ reason: null, freeText: '' })).toBeUndefined();
  });
});
