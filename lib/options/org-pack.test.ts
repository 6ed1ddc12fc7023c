import { describe, expect, it } from 'vitest';
import { check } from '../engine/check';
import { baselinePack } from '../policy/baseline';
import { compilePolicy } from '../policy/compile';
import { parsePackText } from '../policy/load';
import {
  asNextVersion,
  draftProblems,
  filterRules,
  linesOf,
  newOrgPack,
  packFileText,
  putTemplate,
  putRule,
  removeRule,
  ruleViews,
  setAllowList,
  setRuleEnabled,
  setRuleSeverity,
  setVariable,
  templateViews,
  termRule,
} from './org-pack';

const NOW = Date.parse('2026-11-20T10:00:00Z');
const inherited = baselinePack().rules.find((r) => r.enabled && r.severity === 'block')!;

function authored() {
  let draft = newOrgPack(NOW);
  draft = setAllowList(draft, 'staffNames', linesOf('Dr Wilhelmina Oyelaran\n\n  Dr Wilhelmina Oyelaran '));
  draft = putRule(
    draft,
    termRule({
      id: 'org.project-codenames',
      type: 'professionalism',
      severity: 'warn',
      terms: ['Project Bluefinch', ' ', 'Project Bluefinch'],
      message: 'Internal project names stay internal',
      explanation: 'Communications policy 3.1',
    }),
  );
  return draft;
}

describe('authoring an organisation pack', () => {
  it('exports a file that validates and compiles without problems', () => {
    const parsed = parsePackText(packFileText(asNextVersion(authored(), [], NOW)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.pack.version).toBe(1);
    expect(draftProblems(parsed.pack)).toEqual([]);
    expect(compilePolicy([parsed.pack]).problems).toEqual([]);
  });

  it('checks drafts with the allow-listed staff name left alone and the custom term flagged', () => {
    const policy = compilePolicy([authored()]);
    const text = 'Lovely morning with Dr Wilhelmina Oyelaran talking about Project Bluefinch';
    const found = check(text, {}, policy).map((f) => [f.ruleId, text.slice(f.start, f.end)]);
    expect(found).toContainEqual(['org.project-codenames', 'Project Bluefinch']);
    expect(found.map(([, words]) => words).join(' ')).not.toContain('Oyelaran');
  });

  it('makes a term rule in the category its kind belongs to, with its terms cleaned', () => {
    expect(termRule({ ...authoredRule(), type: 'location', terms: [' Heron Ward ', 'Heron Ward'] })).toMatchObject({
      category: 'phi',
      match: { kind: 'terms', terms: ['Heron Ward'] },
    });
    expect(authored().rules[0]).toMatchObject({ category: 'policy', match: { terms: ['Project Bluefinch'] } });
  });

  it('numbers a saved draft one above every stored version', () => {
    expect(asNextVersion(authored(), [1, 4, 2], NOW + 1000)).toMatchObject({ version: 5, publishedAt: '2026-11-20T10:00:01.000Z' });
  });

  it('reports every problem with its JSON path', () => {
    const broken = putRule({ ...authored(), name: '' }, termRule({ ...authoredRule(), id: 'bad id!', terms: [] }));
    const paths = draftProblems(broken).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'rules[1].id', 'rules[1].match.terms']));
  });

  it('refuses an id in the namespace of the built-in packs', () => {
    expect(draftProblems({ ...authored(), id: 'phi-guard.baseline' })).toMatchObject([{ path: 'id' }]);
  });
});

function authoredRule() {
  return { id: 'x', type: 'promotion' as const, severity: 'info' as const, terms: ['a'], message: 'm', explanation: 'e' };
}

describe('switching and overriding inherited rules', () => {
  it('switches an inherited rule off through disabledRules and back on', () => {
    const off = setRuleEnabled(newOrgPack(NOW), inherited.id, false);
    expect(off.disabledRules).toEqual([inherited.id]);
    expect(off.rules).toEqual([]);
    expect(compilePolicy([off]).rules.some((r) => r.rule.id === inherited.id)).toBe(false);
    expect(setRuleEnabled(off, inherited.id, true).disabledRules).toEqual([]);
  });

  it('overrides a severity with a copy under the same id, and drops the copy when set back', () => {
    const lowered = setRuleSeverity(newOrgPack(NOW), inherited.id, 'info');
    expect(lowered.rules).toEqual([{ ...inherited, severity: 'info' }]);
    const compiled = compilePolicy([lowered]).rules.find((r) => r.rule.id === inherited.id);
    expect(compiled?.rule.severity).toBe('info');
    expect(setRuleSeverity(lowered, inherited.id, inherited.severity).rules).toEqual([]);
  });

  it('switches an overridden rule off on its copy, since disabledRules only removes inherited ones', () => {
    const lowered = setRuleSeverity(newOrgPack(NOW), inherited.id, 'warn');
    const off = setRuleEnabled(lowered, inherited.id, false);
    expect(off.rules[0]).toMatchObject({ id: inherited.id, enabled: false, severity: 'warn' });
    expect(compilePolicy([off]).rules.some((r) => r.rule.id === inherited.id)).toBe(false);
  });

  it('keeps a switched-off rule off when its severity changes', () => {
    const off = setRuleEnabled(newOrgPack(NOW), inherited.id, false);
    const changed = setRuleSeverity(off, inherited.id, 'warn');
    expect(changed.disabledRules).toEqual([]);
    expect(changed.rules[0]).toMatchObject({ enabled: false, severity: 'warn' });
  });

  it('lists inherited rules with their origin and own rules after them', () => {
    const views = ruleViews(authored());
    expect(views[0]).toMatchObject({ origin: baselinePack().id, own: false });
    expect(views.at(-1)).toMatchObject({ origin: 'org.local.policy', own: true, rule: { id: 'org.project-codenames' } });
    expect(views).toHaveLength(baselinePack().rules.length + 1);
  });

  it('searches rules by every word typed', () => {
    const hits = filterRules(ruleViews(authored()), 'bluefinch INTERNAL');
    expect(hits.map((v) => v.rule.id)).toEqual(['org.project-codenames']);
    expect(removeRule(authored(), 'org.project-codenames').rules).toEqual([]);
  });
});

describe('templates and variables', () => {
  it('replaces an inherited template by id and marks it as overriding', () => {
    const base = baselinePack().templates[0]!;
    const draft = putTemplate(newOrgPack(NOW), { ...base, body: 'Call {{orgPhone}} please.' });
    const view = templateViews(draft).find((v) => v.template.id === base.id);
    expect(view).toMatchObject({ own: true, overrides: true, template: { body: 'Call {{orgPhone}} please.' } });
    expect(templateViews(draft)).toHaveLength(baselinePack().templates.length);
  });

  it('sets and clears variables', () => {
    const set = setVariable(newOrgPack(NOW), 'orgPhone', '555-0100');
    expect(set.variables).toEqual({ orgPhone: '555-0100' });
    expect(setVariable(set, 'orgPhone', '').variables).toEqual({});
  });
});
