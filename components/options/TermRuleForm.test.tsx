// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newOrgPack } from '@/lib/options/org-pack';
import { draftStore } from './draft';
import { TermRuleForm } from './TermRuleForm';
import { installEnglishMessages } from '@/tests/unit/english-messages';

let host: HTMLElement;

/** The form control inside the label whose text starts with `text`. */
function field(text: string): HTMLInputElement | HTMLTextAreaElement {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(text));
  const control = label?.querySelector('input, textarea');
  if (!control) throw new Error(`no field labelled "${text}"`);
  return control as HTMLInputElement | HTMLTextAreaElement;
}

function fill(text: string, value: string) {
  fireEvent.input(field(text), { target: { value } });
}

function addRule() {
  fireEvent.click([...host.querySelectorAll('button')].find((b) => b.textContent === 'Add rule')!);
}

beforeAll(installEnglishMessages);

describe('add a term rule', () => {
  beforeEach(() => {
    draftStore.getState().load(newOrgPack(Date.parse('2026-11-20T10:00:00Z')), null);
    ({ container: host } = render(<TermRuleForm />));
  });
  afterEach(cleanup);

  it('lists what is wrong with the rule, by path, and leaves the pack as it was', () => {
    fill('Rule id', 'project names!');
    fill('Message', 'Internal project names stay internal');
    addRule();
    const problems = host.querySelector('[role="alert"]')?.textContent ?? '';
    expect(problems).toContain('id: use letters');
    expect(problems).toContain('match.terms');
    expect(problems).toContain('explanation');
    expect(draftStore.getState().draft?.rules).toEqual([]);
    expect(draftStore.getState().dirty).toBe(false);
  });

  it('adds a valid rule to the draft and clears the form for the next one', () => {
    fill('Rule id', 'org.project-names');
    fill('Words or phrases', 'Project Marram\n\nProject Marram\nOperation Sandpiper');
    fill('Message', 'Internal project names stay internal');
    fill('Why', 'Communications policy 2.4');
    addRule();
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(draftStore.getState().draft?.rules).toEqual([
      expect.objectContaining({
        id: 'org.project-names',
        category: 'policy',
        type: 'professionalism',
        severity: 'warn',
        match: { kind: 'terms', terms: ['Project Marram', 'Operation Sandpiper'], caseSensitive: false },
      }),
    ]);
    expect(draftStore.getState().dirty).toBe(true);
    expect(field('Rule id').value).toBe('org.');
  });
});
