import { browser } from 'wxt/browser';
import type { Finding, Severity } from '../engine/finding';

/**
 * What the latest check in each tab found, for the popup's "in the active composer" line: counts and the
 * worst severity, never the text or the matched words. Kept in memory only: a worker restart forgets it,
 * and the next check (the next pause in typing) records it again.
 */
export interface TabFindingSummary {
  site: string | undefined;
  total: number;
  block: number;
  warn: number;
  info: number;
  worst: Severity | null;
  /** When the check ran (ms since the epoch). */
  checkedAt: number;
}

/** Tabs remembered at most; the oldest entry goes first (a tab closed while the worker slept is never reported). */
const MAX_TABS = 200;

export class TabFindings {
  readonly #byTab = new Map<number, TabFindingSummary>();

  record(tabId: number, site: string | undefined, findings: readonly Pick<Finding, 'severity'>[], checkedAt: number): void {
    const summary: TabFindingSummary = { site, total: findings.length, block: 0, warn: 0, info: 0, worst: null, checkedAt };
    for (const { severity } of findings) summary[severity]++;
    summary.worst = summary.block ? 'block' : summary.warn ? 'warn' : summary.info ? 'info' : null;
    this.#byTab.delete(tabId);
    this.#byTab.set(tabId, summary);
    if (this.#byTab.size > MAX_TABS) this.#byTab.delete(this.#byTab.keys().next().value!);
  }

  get(tabId: number): TabFindingSummary | undefined {
    return this.#byTab.get(tabId);
  }

  /** The tab closed or loaded another page: its composer is gone. */
  forget(tabId: number): void {
    this.#byTab.delete(tabId);
  }
}

/** Forgets a tab's counts when it closes or starts loading a page. Register synchronously at worker start. */
export function forgetTabsThatLeave(tabFindings: TabFindings): void {
  browser.tabs.onRemoved.addListener((tabId) => tabFindings.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') tabFindings.forget(tabId);
  });
}
