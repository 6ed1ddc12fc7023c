// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import type { PickerState } from '@/lib/content/store';
import { installEnglishMessages } from '@/tests/unit/english-messages';
import { TemplatePicker } from './TemplatePicker';

let host: HTMLElement;

beforeAll(installEnglishMessages);
afterEach(cleanup);

const byTestId = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
const key = (target: Element, keyName: string) => fireEvent.keyDown(target, { key: keyName });
const type = (input: HTMLInputElement, value: string) => fireEvent.input(input, { target: { value } });

const TEMPLATES: PickerState['templates'] = [
  { id: 'secure', title: 'Move to a secure channel', situations: ['phi-inquiry'], body: 'Please call {{orgPhone}}, {{commenterName}}.' },
  { id: 'crisis', title: 'Crisis or emergency', situations: ['crisis'], body: 'Please call 911 or text 988 now.' },
  { id: 'praise', title: 'Praise and thanks', situations: ['praise'], body: 'Thank you from {{orgName}}!' },
];

function picker(over: Partial<PickerState> = {}) {
  const onInsert = vi.fn();
  const onClose = vi.fn();
  const onRemember = vi.fn();
  const state: PickerState = {
    composerId: 'c1',
    loading: false,
    templates: TEMPLATES,
    suggested: [TEMPLATES[0]!, TEMPLATES[1]!],
    situations: ['phi-inquiry', 'crisis'],
    variables: { orgName: 'our hospital' },
    commenterName: 'Dana Reyes',
    draftHasText: false,
    ...over,
  };
  ({ container: host } = render(<TemplatePicker state={state} remembered={{}} onRemember={onRemember} onInsert={onInsert} onClose={onClose} />));
  return {
    onInsert,
    onClose,
    onRemember,
    dialog: host.querySelector('[role="dialog"]')!,
    search: host.querySelector<HTMLInputElement>('[role="combobox"]')!,
  };
}

const options = () =>
  [...host.querySelectorAll<HTMLElement>('[role="option"]')].map((o) => [o.dataset.templateId, o.getAttribute('aria-selected')]);

describe('TemplatePicker', () => {
  it('lists the crisis template first with the escalation path, then the other suggestion, then the rest', () => {
    picker();
    expect(options()).toEqual([
      ['crisis', 'true'],
      ['secure', 'false'],
      ['praise', 'false'],
    ]);
    expect(byTestId('phi-guard-crisis-banner').textContent).toMatch(/escalation path/i);
  });

  it('moves the choice with the arrow keys and inserts it with Enter', () => {
    const { onInsert, search } = picker({ suggested: [], situations: [] });
    key(search, 'ArrowDown');
    key(search, 'ArrowDown');
    expect(options()[2]).toEqual(['praise', 'true']);
    key(search, 'Enter');
    expect(onInsert).toHaveBeenCalledWith('Thank you from our hospital!', 'replace');
  });

  it('shows a missing variable and inserts nothing until it has a value', () => {
    const { onInsert, onRemember, search } = picker({ suggested: [TEMPLATES[0]!], situations: ['phi-inquiry'], draftHasText: true });
    // The commenter's name is filled; the phone number is missing and marked as such.
    const preview = byTestId('phi-guard-template-preview');
    expect(preview.textContent).toBe('Please call [Organisation phone number missing], Dana Reyes.');
    key(search, 'Enter');
    expect(onInsert).not.toHaveBeenCalled();
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/Organisation phone number/);

    const phone = byTestId('phi-guard-variable-orgPhone') as HTMLInputElement;
    type(phone, '555-0100');
    key(phone, 'Enter');
    // With text in the draft the gentler default is to insert at the caret.
    expect(onInsert).toHaveBeenCalledWith('Please call 555-0100, Dana Reyes.', 'caret');
    expect(onRemember).toHaveBeenCalledWith({ orgPhone: '555-0100' });
  });

  it('filters as the user types and says when nothing matches', () => {
    const { search } = picker();
    type(search, 'thanks');
    expect(options().map(([id]) => id)).toEqual(['praise']);
    type(search, 'parking');
    expect(options()).toEqual([]);
    expect(host.textContent).toMatch(/No template matches/);
  });

  it('closes on Escape', () => {
    const { onClose, dialog } = picker();
    key(dialog, 'Escape');
    expect(onClose).toHaveBeenCalled();
  });
});
