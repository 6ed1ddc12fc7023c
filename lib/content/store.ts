import { createStore } from 'zustand/vanilla';
import type { ComposerSnapshot } from './composer-session';

/** What the in-page UI renders: one entry per checked composer, and which composer's panel is open. */
export interface ComposerEntry extends ComposerSnapshot {
  anchor: HTMLElement;
}

export interface UiState {
  composers: Record<string, ComposerEntry>;
  openId: string | null;
  /** A one-line message for the user (e.g. "Copied: paste it into the editor"), announced politely. */
  notice: string | null;
}

export const uiStore = createStore<UiState>(() => ({ composers: {}, openId: null, notice: null }));

export function upsertComposer(entry: ComposerEntry): void {
  uiStore.setState((s) => ({ composers: { ...s.composers, [entry.id]: entry } }));
}

export function removeComposer(id: string): void {
  uiStore.setState((s) => {
    const { [id]: _removed, ...rest } = s.composers;
    return { composers: rest, openId: s.openId === id ? null : s.openId };
  });
}
