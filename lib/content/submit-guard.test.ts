// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Composer } from '../sites/adapter';
import { installSubmitGuard } from './submit-guard';

let controller: AbortController;
let editor: HTMLElement;
let button: HTMLButtonElement;
let posted: string[];

function composer(submitsOnEnter: boolean, withButton = true): Composer {
  return {
    element: editor,
    editor: 'contenteditable',
    surface: 'post',
    replyTo: () => undefined,
    replyAuthor: () => undefined,
    submitButton: () => (withButton ? button : null),
    submitsOnEnter,
  };
}

function setup(options: { hold: () => boolean; submitsOnEnter?: boolean; withButton?: boolean }) {
  const session = { composer: composer(options.submitsOnEnter ?? false, options.withButton ?? true) };
  const held: Array<() => void> = [];
  const passed = vi.fn();
  installSubmitGuard(
    { sessions: () => [session], shouldHold: options.hold, onHeld: (_s, resubmit) => held.push(resubmit), onPassed: passed },
    controller.signal,
  );
  return { held, passed };
}

const press = (target: Element, init: KeyboardEventInit) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

beforeEach(() => {
  controller = new AbortController();
  posted = [];
  document.body.innerHTML = '<div contenteditable="true"></div><button type="button">Post</button>';
  editor = document.querySelector('[contenteditable]')!;
  button = document.querySelector('button')!;
  // The site's own handlers, registered on the elements as sites do.
  button.addEventListener('click', () => posted.push('click'));
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || !e.shiftKey)) posted.push(e.ctrlKey ? 'ctrl+enter' : 'enter');
  });
});

afterEach(() => controller.abort());

describe('installSubmitGuard', () => {
  it('holds a click on the submit button and replays it exactly once when asked', () => {
    const { held, passed } = setup({ hold: () => true });
    button.click();
    expect(posted).toEqual([]);
    expect(held).toHaveLength(1);
    held[0]!();
    expect(posted).toEqual(['click']);
    expect(passed).toHaveBeenCalledTimes(1);
    // The replay was the one let through: the next click is judged again.
    button.click();
    expect(posted).toEqual(['click']);
    expect(held).toHaveLength(2);
  });

  it('lets clicks through untouched when nothing holds them', () => {
    const { held, passed } = setup({ hold: () => false });
    button.click();
    expect(posted).toEqual(['click']);
    expect(held).toEqual([]);
    expect(passed).toHaveBeenCalledTimes(1);
  });

  it('holds Ctrl+Enter in the editor and replays it as the site’s button', () => {
    const { held } = setup({ hold: () => true });
    press(editor, { key: 'Enter', ctrlKey: true });
    expect(posted).toEqual([]);
    held[0]!();
    expect(posted).toEqual(['click']);
  });

  it('holds Enter where the site posts on Enter, but not Shift+Enter (a line break)', () => {
    const { held } = setup({ hold: () => true, submitsOnEnter: true, withButton: false });
    press(editor, { key: 'Enter', shiftKey: true });
    expect(held).toEqual([]);
    press(editor, { key: 'Enter' });
    expect(posted).toEqual([]);
    expect(held).toHaveLength(1);
    held[0]!();
    expect(posted).toEqual(['enter']);
  });

  it('leaves a plain Enter alone where Enter is a new line', () => {
    const { held } = setup({ hold: () => true });
    press(editor, { key: 'Enter' });
    expect(held).toEqual([]);
    expect(posted).toEqual(['enter']);
  });

  it('stops guarding when its signal aborts', () => {
    setup({ hold: () => true });
    controller.abort();
    button.click();
    expect(posted).toEqual(['click']);
  });
});
