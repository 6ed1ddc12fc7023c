import { beforeAll, describe, expect, it } from 'vitest';
import { parseManagedPolicy } from '../background/managed-policy';
import { managedItems, managedSiteState } from './managed-summary';
import { installEnglishMessages } from '@/tests/unit/english-messages';

beforeAll(installEnglishMessages);

describe('managed policy summary', () => {
  it('names only the keys the policy sets', () => {
    const raw = { lock: true, disabledSites: ['facebook'], auditEndpoint: 'https://collector.example.org/v1/logs' };
    const { policy } = parseManagedPolicy(raw);
    const items = managedItems(policy, new Set(Object.keys(raw)));
    expect(items.map((i) => i.key)).toEqual(['lock', 'disabledSites', 'auditEndpoint']);
    expect(items[1]).toEqual({ key: 'disabledSites', label: 'Sites never checked', value: 'facebook' });
    expect(managedSiteState(policy, 'facebook')).toBe('off');
    expect(managedSiteState(policy, 'x')).toBeUndefined();
  });
});
