import type { ComposerSession } from './composer-session';

/**
 * Runs `run` with the session whose editor has focus when Alt+Shift+`key` is pressed there (`code` is a
 * `KeyboardEvent.code` such as `KeyT`). `code` rather than `key`, because Alt+Shift changes the character on
 * macOS keyboards; captured on the window so the site's own shortcuts never see the keystroke.
 */
export function onComposerShortcut(
  code: string,
  sessions: ReadonlyMap<string, ComposerSession>,
  run: (session: ComposerSession) => void,
  signal: AbortSignal,
): void {
  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== code) return;
      const path = event.composedPath();
      for (const session of sessions.values()) {
        if (!path.includes(session.composer.element)) continue;
        event.preventDefault();
        event.stopImmediatePropagation();
        run(session);
        return;
      }
    },
    { capture: true, signal },
  );
}
