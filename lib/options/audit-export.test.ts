import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../db/database';
import { auditCsv, auditFacets, auditJson, dayRange, filterAudit } from './audit-export';

const T0 = Date.parse('2026-11-02T08:00:00Z');
const entries: AuditEntry[] = [
  { seq: 1, time: T0, kind: 'shown', ruleId: 'phi.phone', type: 'phone', severity: 'block', category: 'phi', site: 'x', surface: 'post', valueHash: 'aa11' },
  { seq: 2, time: T0 + 3_600_000, kind: 'overridden', ruleId: 'phi.name', type: 'name', severity: 'warn', category: 'phi', site: 'facebook', valueHash: 'bb22', reason: '=HYPERLINK("http://evil","ok, "fine"")' },
  { seq: 3, time: T0 + 86_400_000 * 3, kind: 'shown', ruleId: 'phi.name', type: 'name', severity: 'warn', category: 'phi', site: 'x', valueHash: 'cc33' },
];

describe('audit filters', () => {
  it('filters by kind, rule, site and time range together', () => {
    expect(filterAudit(entries, { kind: 'shown' }).map((e) => e.seq)).toEqual([1, 3]);
    expect(filterAudit(entries, { ruleId: 'phi.name', site: 'x' }).map((e) => e.seq)).toEqual([3]);
    expect(filterAudit(entries, { from: T0 + 1, to: T0 + 86_400_000 }).map((e) => e.seq)).toEqual([2]);
    expect(auditFacets(entries)).toEqual({ ruleIds: ['phi.name', 'phi.phone'], sites: ['facebook', 'x'] });
  });

  it('reads date inputs as whole local days, the end day included', () => {
    const { from, to } = dayRange('2026-11-02', '2026-11-02');
    expect(to! - from!).toBe(86_400_000);
    expect(dayRange('', 'garbage')).toEqual({});
  });
});

describe('audit export', () => {
  it('writes CSV with a header, quoted cells and formulas neutralised', () => {
    const lines = auditCsv(entries).split('\r\n');
    expect(lines[0]).toBe('seq,time,kind,ruleId,type,severity,category,site,surface,reason,valueHash');
    expect(lines[1]).toBe('1,2026-11-02T08:00:00.000Z,shown,phi.phone,phone,block,phi,x,post,,aa11');
    expect(lines[2]).toBe(`2,2026-11-02T09:00:00.000Z,overridden,phi.name,name,warn,phi,facebook,,"'=HYPERLINK(""http://evil"",""ok, ""fine"""")",bb22`);
    expect(lines).toHaveLength(5);
  });

  it('writes JSON with exactly the exported fields', () => {
    const rows = JSON.parse(auditJson(entries)) as Record<string, unknown>[];
    expect(rows[0]).toEqual({ seq: 1, time: '2026-11-02T08:00:00.000Z', kind: 'shown', ruleId: 'phi.phone', type: 'phone', severity: 'block', category: 'phi', site: 'x', surface: 'post', valueHash: 'aa11' });
    expect(Object.keys(rows[2]!)).not.toContain('surface');
  });
});
