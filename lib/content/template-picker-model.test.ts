import { beforeAll, describe, expect, it } from 'vitest';
import type { SuggestedTemplate } from '../messaging/protocol';
import { fillTemplate, filterTemplates, groupTemplates, spacedForCaret, templateValues } from './template-picker-model';
import { installEnglishMessages } from '@/tests/unit/english-messages';

const t = (id: string, situations: string[], body = `Body of ${id}.`, title = id): SuggestedTemplate => ({ id, title, situations, body });

const ALL = [
  t('secure', ['phi-inquiry'], 'Please call {{orgPhone}} or use {{portalUrl}}.', 'Move to a secure channel'),
  t('billing', ['billing'], 'Our billing team can help at {{orgPhone}}.', 'Billing question'),
  t('crisis', ['crisis'], 'Please call 911 or text 988 now.', 'Crisis or emergency'),
  t('praise', ['praise'], 'Thank you from everyone at {{orgName}}!', 'Praise and thanks'),
];

beforeAll(installEnglishMessages);

describe('groupTemplates', () => {
  it('lists the suggested templates first and every other template after them, each once', () => {
    const groups = groupTemplates(ALL, [ALL[1]!, ALL[1]!], ['billing']);
    expect(groups.suggested.map((x) => x.id)).toEqual(['billing']);
    expect(groups.rest.map((x) => x.id)).toEqual(['secure', 'crisis', 'praise']);
  });

  it('puts a crisis template first whatever order the suggestions came in', () => {
    const groups = groupTemplates(ALL, [ALL[0]!, ALL[2]!, ALL[1]!], ['phi-inquiry', 'crisis', 'billing']);
    expect(groups.suggested.map((x) => x.id)).toEqual(['crisis', 'secure', 'billing']);
  });

  it('keeps the suggested order when the comment is not a crisis', () => {
    expect(groupTemplates(ALL, [ALL[1]!, ALL[0]!], ['billing', 'phi-inquiry']).suggested.map((x) => x.id)).toEqual(['billing', 'secure']);
  });
});

describe('filterTemplates', () => {
  it('keeps templates whose title, text or situation contain every word, in any case and order', () => {
    expect(filterTemplates(ALL, 'TEAM billing').map((x) => x.id)).toEqual(['billing']);
    expect(filterTemplates(ALL, '988').map((x) => x.id)).toEqual(['crisis']);
    expect(filterTemplates(ALL, 'emergency').map((x) => x.id)).toEqual(['crisis']);
    // Situation names as the picker shows them.
    expect(filterTemplates(ALL, 'own health').map((x) => x.id)).toEqual(['secure']);
  });

  it('keeps everything for an empty query and nothing for a word found nowhere', () => {
    expect(filterTemplates(ALL, '  ')).toHaveLength(4);
    expect(filterTemplates(ALL, 'parking')).toEqual([]);
  });
});

describe('fillTemplate', () => {
  it('fills every variable and gives the text to insert', () => {
    const filled = fillTemplate('Call {{orgPhone}} or visit {{ portalUrl }}; {{orgPhone}} works 24/7.', {
      orgPhone: '555-0100',
      portalUrl: 'portal.example.org',
    });
    expect(filled.text).toBe('Call 555-0100 or visit portal.example.org; 555-0100 works 24/7.');
    expect(filled.missing).toEqual([]);
  });

  it('reports a missing or blank variable once and never yields text with a placeholder', () => {
    const filled = fillTemplate('Call {{orgPhone}} or visit {{portalUrl}}, {{orgPhone}}.', { orgPhone: '  ' });
    expect(filled.missing).toEqual(['orgPhone', 'portalUrl']);
    expect(filled.text).toBeNull();
    expect(filled.parts).toEqual([
      { kind: 'text', text: 'Call ' },
      { kind: 'variable', name: 'orgPhone', value: null },
      { kind: 'text', text: ' or visit ' },
      { kind: 'variable', name: 'portalUrl', value: null },
      { kind: 'text', text: ', ' },
      { kind: 'variable', name: 'orgPhone', value: null },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves text without variables as it is', () => {
    expect(fillTemplate('Please call 911.', {}).text).toBe('Please call 911.');
  });
});

describe('templateValues', () => {
  it('adds the commenter name and lets values typed in the picker win', () => {
    expect(templateValues({ orgName: 'our hospital', orgPhone: '' }, 'Dana Reyes', { orgPhone: '555-0100' })).toEqual({
      orgName: 'our hospital',
      orgPhone: '555-0100',
      commenterName: 'Dana Reyes',
    });
    expect(templateValues({ orgName: 'x' }, undefined, {})).toEqual({ orgName: 'x' });
  });
});

describe('spacedForCaret', () => {
  it('adds a space only where the template would run into the words around it', () => {
    expect(spacedForCaret('Thanks!', 'Hello.', '')).toBe(' Thanks!');
    expect(spacedForCaret('Thanks!', 'Hello. ', 'Bye')).toBe('Thanks! ');
    expect(spacedForCaret('Thanks!', '', '')).toBe('Thanks!');
  });
});
