import { createStore } from 'zustand/vanilla';
import type { Finding } from '../engine/finding';
import type { SuggestedTemplate } from '../messaging/protocol';
import type { ComposerSnapshot } from './composer-session';
import type { GuardSettings } from './guard-decision';

/** What the in-page UI renders: one entry per checked composer, and which composer's panel is open. */
export interface ComposerEntry extends ComposerSnapshot {
  anchor: HTMLElement;
}

/** The template picker, open for one composer. */
export interface PickerState {
  composerId: string;
  /** True until the policy's templates and the comment's situations have arrived. */
  loading: boolean;
  templates: SuggestedTemplate[];
  suggested: SuggestedTemplate[];
  /** Situations of the comment being answered, most urgent first. */
  situations: string[];
  variables: Record<string, string>;
  commenterName?: string;
  /** Whether the draft has text (then inserting at the caret is the gentler default). */
  draftHasText: boolean;
  error?: string;
}

/** The pre-submit guard's dialog, open for one composer's held submission. */
export interface GuardDialogState {
  composerId: string;
  /** `blocked`: blocking findings; `unavailable`: the check failed and the policy fails closed. */
  kind: 'blocked' | 'unavailable';
  findings: Finding[];
  /** The draft the findings refer to, to quote the flagged words. */
  text: string;
  settings: GuardSettings;
}

export interface UiState {
  composers: Record<string, ComposerEntry>;
  openId: string | null;
  /** The finding whose card gets focus when the panel opens ("Review" in the guard dialog). */
  reviewKey: string | null;
  picker: PickerState | null;
  /** Values the user typed in the picker for variables the policy leaves empty, kept for this page. */
  typedValues: Record<string, string>;
  guard: GuardDialogState | null;
  /** A one-line message for the user (e.g. "Copied: paste it into the editor"), announced politely. */
  notice: string | null;
}

export const uiStore = createStore<UiState>(() => ({
  composers: {},
  openId: null,
  reviewKey: null,
  picker: null,
  typedValues: {},
  guard: null,
  notice: null,
}));

export function upsertComposer(entry: ComposerEntry): void {
  uiStore.setState((s) => ({ composers: { ...s.composers, [entry.id]: entry } }));
}

export function removeComposer(id: string): void {
  uiStore.setState((s) => {
    const { [id]: _removed, ...rest } = s.composers;
    return {
      composers: rest,
      openId: s.openId === id ? null : s.openId,
      picker: s.picker?.composerId === id ? null : s.picker,
      guard: s.guard?.composerId === id ? null : s.guard,
    };
  });
}

/** The key a finding's card is known by in the panel. */
export function findingKey(f: Pick<Finding, 'ruleId' | 'start' | 'end'>): string {
  return `${f.ruleId}:${f.start}:${f.end}`;
}
