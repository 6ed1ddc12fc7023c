import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { parseManagedPolicy, type ManagedPolicyReading } from '@/lib/background/managed-policy';

export interface ManagedState extends ManagedPolicyReading {
  /** The policy keys the administrator set (valid or not). */
  setKeys: ReadonlySet<string>;
}

const NONE: ManagedState = { ...parseManagedPolicy({}), setKeys: new Set() };

async function readManaged(): Promise<ManagedState> {
  // Without a policy for this extension (or in Firefox without a policies file) the read rejects: no policy.
  const raw = (await browser.storage.managed.get().catch(() => ({}))) as Record<string, unknown>;
  return { ...parseManagedPolicy(raw), setKeys: new Set(Object.keys(raw)) };
}

/** The organisation's enterprise policy as this page sees it, re-read when the administrator changes it. */
export function useManagedPolicy(): ManagedState | undefined {
  const [state, setState] = useState<ManagedState>();
  useEffect(() => {
    let live = true;
    const refresh = () => void readManaged().then((next) => live && setState(next), () => live && setState(NONE));
    refresh();
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'managed') refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}
