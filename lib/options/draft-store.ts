import { createStore } from 'zustand/vanilla';
import type { Pack, PackProblem } from '../policy/schema';

/**
 * The organisation pack being edited in the options page. Every section edits the same draft; nothing is
 * stored until the author saves it as a new version, so a half-made change never reaches the checks.
 */
export interface DraftState {
  draft: Pack | null;
  /** The stored version the draft started from (null for a pack never saved). */
  baseVersion: number | null;
  dirty: boolean;
  problems: PackProblem[];
  /** Starts editing `pack` (the stored version, or a new pack). */
  load(pack: Pack, baseVersion: number | null): void;
  edit(change: (draft: Pack) => Pack): void;
  setProblems(problems: PackProblem[]): void;
  /** The draft was stored as `pack`. */
  saved(pack: Pack): void;
}

export function createDraftStore() {
  return createStore<DraftState>()((set) => ({
    draft: null,
    baseVersion: null,
    dirty: false,
    problems: [],
    load: (pack, baseVersion) => set({ draft: structuredClone(pack), baseVersion, dirty: false, problems: [] }),
    edit: (change) =>
      set((state) => (state.draft ? { draft: change(state.draft), dirty: true, problems: [] } : state)),
    setProblems: (problems) => set({ problems }),
    saved: (pack) => set({ draft: structuredClone(pack), baseVersion: pack.version, dirty: false, problems: [] }),
  }));
}
