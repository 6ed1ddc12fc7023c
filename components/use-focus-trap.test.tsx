// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFocusTrap } from './use-focus-trap';

afterEach(cleanup);

/**
 * A dialog with the hook: a disabled button first, then close, the default action and a radio group whose
 * checked button comes first, so the first and last Tab stops are not the first and last focusable elements.
 */
function Dialog({ onEscape, onOtherKey }: { onEscape(): void; onOtherKey(key: string): void }) {
  const { ref, onKeyDown } = useFocusTrap<HTMLDivElement>(onEscape);
  return (
    <div
      ref={ref}
      role="dialog"
      onKeyDown={(event) => {
        if (!onKeyDown(event)) onOtherKey(event.key);
      }}
    >
      <button type="button" id="disabled" disabled>
        Unavailable
      </button>
      <button type="button" id="close">
        Close
      </button>
      <button type="button" id="confirm" data-autofocus>
        Confirm
      </button>
      <input type="radio" name="r" id="checked" defaultChecked />
      <input type="radio" name="r" id="unchecked" />
    </div>
  );
}

function open() {
  const onEscape = vi.fn();
  const onOtherKey = vi.fn();
  render(<Dialog onEscape={onEscape} onOtherKey={onOtherKey} />);
  return { onEscape, onOtherKey };
}

const byId = (id: string) => document.getElementById(id)!;

/** Dispatches a keydown on the focused element; returns whether the dialog prevented the browser's default. */
function press(key: string, init: KeyboardEventInit = {}): boolean {
  return !fireEvent.keyDown(document.activeElement ?? document.body, { key, ...init });
}

describe('useFocusTrap', () => {
  it('focuses the control marked data-autofocus on opening', () => {
    open();
    expect(document.activeElement).toBe(byId('confirm'));
  });

  it('wraps Tab from the last stop to the first and Shift+Tab back, skipping disabled controls and unchecked radios', () => {
    open();
    // The radio group is one Tab stop, its checked button: Tab from it leaves the group, so it wraps.
    byId('checked').focus();
    expect(press('Tab')).toBe(true);
    expect(document.activeElement).toBe(byId('close'));
    expect(press('Tab', { shiftKey: true })).toBe(true);
    expect(document.activeElement).toBe(byId('checked'));
  });

  it('leaves Tab between inner controls to the browser', () => {
    open();
    expect(press('Tab')).toBe(false);
    expect(press('Tab', { shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe(byId('confirm'));
  });

  it('closes on Escape without the key reaching the page underneath', () => {
    const { onEscape, onOtherKey } = open();
    const pageSaw = vi.fn();
    document.addEventListener('keydown', pageSaw);
    try {
      expect(press('Escape')).toBe(true);
    } finally {
      document.removeEventListener('keydown', pageSaw);
    }
    expect(onEscape).toHaveBeenCalledTimes(1);
    expect(pageSaw).not.toHaveBeenCalled();
    expect(onOtherKey).not.toHaveBeenCalled();
  });

  it('hands every other key to the dialog itself', () => {
    const { onEscape, onOtherKey } = open();
    press('ArrowDown');
    press('Enter');
    expect(onOtherKey.mock.calls).toEqual([['ArrowDown'], ['Enter']]);
    expect(onEscape).not.toHaveBeenCalled();
  });
});
