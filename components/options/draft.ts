import { useStore } from 'zustand';
import { createDraftStore, type DraftState } from '@/lib/options/draft-store';

/** The page's one organisation-pack draft, shared by the authoring sections. */
export const draftStore = createDraftStore();

export function useDraft<T>(select: (state: DraftState) => T): T {
  return useStore(draftStore, select);
}
