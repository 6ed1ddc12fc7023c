import type { Finding } from '../engine/finding';
import type { FindingRef } from '../messaging/protocol';

/**
 * What the audit log may learn about a finding in `text`: its rule and kind, plus the flagged words, which
 * the background hashes and drops before anything is stored.
 */
export function findingRef(text: string, f: Finding): FindingRef {
  return { ruleId: f.ruleId, type: f.type, severity: f.severity, category: f.category, value: text.slice(f.start, f.end) };
}
