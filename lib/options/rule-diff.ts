import type { Pack } from '../policy/schema';

/** What changed in a pack's rules from one version to the next, by rule id (the history view's diff). */
export interface RuleDiff {
  added: string[];
  removed: string[];
  /** Same id, different rule (severity, message, match ...). */
  changed: string[];
  /** Inherited rules newly switched off, and switched back on. */
  disabled: string[];
  reenabled: string[];
}

export function diffRuleIds(older: Pack | undefined, newer: Pack): RuleDiff {
  const before = new Map((older?.rules ?? []).map((r) => [r.id, JSON.stringify(r)]));
  const after = new Map(newer.rules.map((r) => [r.id, JSON.stringify(r)]));
  const offBefore = new Set(older?.disabledRules ?? []);
  const offAfter = new Set(newer.disabledRules);
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed: [...after].filter(([id, json]) => before.has(id) && before.get(id) !== json).map(([id]) => id),
    disabled: [...offAfter].filter((id) => !offBefore.has(id)),
    reenabled: [...offBefore].filter((id) => !offAfter.has(id)),
  };
}

export function isEmptyDiff(diff: RuleDiff): boolean {
  return Object.values(diff).every((ids: string[]) => ids.length === 0);
}
