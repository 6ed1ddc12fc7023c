import { describe, expect, it } from 'vitest';
import { previewTemplate, variableNames } from './template-preview';

describe('template preview', () => {
  it('fills known variables and leaves the unknown ones visible as placeholders', () => {
    const preview = previewTemplate('Call {{ orgPhone }} or visit {{portalUrl}}, {{orgName}}.', { orgPhone: '555-0142', orgName: '' });
    expect(preview.text).toBe('Call 555-0142 or visit {{portalUrl}}, {{orgName}}.');
    expect(preview.missing).toEqual(['portalUrl', 'orgName']);
  });

  it('lists every variable the bodies use, once, sorted', () => {
    expect(variableNames(['{{b}} and {{a}}', 'again {{b}}', 'no {{ 1bad }} placeholders'])).toEqual(['a', 'b']);
  });
});
