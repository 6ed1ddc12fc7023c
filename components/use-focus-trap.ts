import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select, [tabindex]:not([tabindex="-1"])';

/** The dialog's Tab stops in order; of a radio group only the checked button is one, as the browser does it. */
function tabStops(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
  );
}

export interface FocusTrap<T extends HTMLElement> {
  /** Goes on the dialog element. */
  ref: RefObject<T | null>;
  /**
   * Handles Tab and Escape in the dialog's keydown; true when it took the key, so a dialog's own keys (the
   * picker's arrows and Enter) are handled only after it.
   */
  onKeyDown(event: KeyboardEvent): boolean;
}

/**
 * The keyboard contract of a modal dialog: on opening, focus goes to its `[data-autofocus]` control (else its
 * first); Tab and Shift+Tab wrap from the last control to the first and back; Escape calls `onEscape` and
 * does not reach the site underneath. The active element is read from the dialog's own root, since our UI
 * lives in a shadow root.
 */
export function useFocusTrap<T extends HTMLElement>(onEscape: () => void): FocusTrap<T> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog) (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? tabStops(dialog)[0])?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent): boolean => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onEscape();
      return true;
    }
    if (event.key !== 'Tab') return false;
    const dialog = ref.current;
    const stops = dialog ? tabStops(dialog) : [];
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!dialog || !first || !last) return true;
    const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
    if (event.shiftKey && (active === first || !dialog.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
      event.preventDefault();
      first.focus();
    }
    return true;
  };
  return { ref, onKeyDown };
}
