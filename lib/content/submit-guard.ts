import type { Composer } from '../sites/adapter';

/**
 * Holds the site's own submit while the guard says so: clicks and presses on the composer's submit button,
 * Ctrl/Cmd+Enter in the editor, and Enter where the site posts on Enter. Listeners sit on `window` in the
 * capture phase, so they run before the site's handlers (React, Lexical and ProseMirror listen further down
 * the tree); a held attempt is stopped with stopImmediatePropagation and preventDefault.
 *
 * A held attempt can be let through later, exactly once: the guard marks the button (or editor) as passing
 * and dispatches the click (or the key) again; that one event goes through untouched.
 */
export interface GuardedSession {
  composer: Composer;
}

export interface SubmitGuardDeps<S extends GuardedSession> {
  sessions(): Iterable<S>;
  /** Decides synchronously whether this attempt is held (a blocking finding, or a check not yet done). */
  shouldHold(session: S): boolean;
  /** A held attempt; calling `resubmit` replays it once. */
  onHeld(session: S, resubmit: () => void): void;
  /** An attempt that went through (held and replayed, or never held). */
  onPassed(session: S): void;
}

const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const;

export function installSubmitGuard<S extends GuardedSession>(deps: SubmitGuardDeps<S>, signal: AbortSignal, win: Window = window): void {
  // The element whose next submit event is a replay to let through.
  let passing: HTMLElement | null = null;

  const hold = (event: Event) => {
    event.stopImmediatePropagation();
    event.preventDefault();
  };

  const buttonHit = (event: Event): { session: S; button: HTMLElement } | null => {
    const path = event.composedPath();
    for (const session of deps.sessions()) {
      const button = session.composer.submitButton();
      if (button && path.includes(button)) return { session, button };
    }
    return null;
  };

  const replayClick = (button: HTMLElement) => {
    passing = button;
    try {
      button.click();
    } finally {
      passing = null;
    }
  };

  const replayKey = (session: S, original: KeyboardEvent) => {
    const button = session.composer.submitButton();
    // Ctrl/Cmd+Enter stands for the submit button where there is one: clicking it is what the site does.
    if (button && (original.ctrlKey || original.metaKey || !session.composer.submitsOnEnter)) return replayClick(button);
    const editor = session.composer.element;
    passing = editor;
    try {
      editor.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          code: 'Enter',
          bubbles: true,
          cancelable: true,
          composed: true,
          ctrlKey: original.ctrlKey,
          metaKey: original.metaKey,
        }),
      );
    } finally {
      passing = null;
    }
  };

  const onPointer = (event: Event) => {
    const hit = buttonHit(event);
    if (hit && passing !== hit.button && deps.shouldHold(hit.session)) hold(event);
  };

  const onClick = (event: MouseEvent) => {
    const hit = buttonHit(event);
    if (!hit) return;
    if (passing === hit.button || !deps.shouldHold(hit.session)) {
      deps.onPassed(hit.session);
      return;
    }
    hold(event);
    deps.onHeld(hit.session, () => replayClick(hit.button));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    // Enter or Space on a focused submit button (sites' buttons are often divs that handle keys themselves).
    if (event.key === 'Enter' || event.key === ' ') {
      const hit = buttonHit(event);
      if (hit) {
        if (deps.shouldHold(hit.session)) {
          hold(event);
          deps.onHeld(hit.session, () => replayClick(hit.button));
        }
        return;
      }
    }
    if (event.key !== 'Enter') return;
    const path = event.composedPath();
    for (const session of deps.sessions()) {
      const editor = session.composer.element;
      if (!path.includes(editor)) continue;
      const submits = event.ctrlKey || event.metaKey || (session.composer.submitsOnEnter && !event.shiftKey && !event.altKey);
      if (!submits) return;
      if (passing === editor || !deps.shouldHold(session)) {
        deps.onPassed(session);
        return;
      }
      hold(event);
      deps.onHeld(session, () => replayKey(session, event));
      return;
    }
  };

  const options = { capture: true, signal };
  for (const type of POINTER_EVENTS) win.addEventListener(type, onPointer, options);
  win.addEventListener('click', onClick, options);
  win.addEventListener('keydown', onKeyDown, options);
}
