import { PHI_TYPES, type Severity } from '../engine/finding';
import { BASELINE_PACK_ID, baselinePack } from '../policy/baseline';
import { packCompileProblems } from '../policy/load';
import { PACK_FORMAT, packSchemas, validatePack, type Pack, type PackProblem, type Rule, type Template } from '../policy/schema';

/**
 * Editing an organisation pack in the options page: pure functions from one draft to the next. The draft
 * `extends` the baseline and states only what it changes — switched-off inherited rules go in `disabledRules`,
 * a changed severity is a copy of the inherited rule under the same id (later packs override by id) — so the
 * file it exports is a small pack the CLI validates and any admin can read.
 */

export const DEFAULT_ORG_PACK_ID = 'org.local.policy';

export function newOrgPack(now: number): Pack {
  return packSchemas().pack.parse({
    format: PACK_FORMAT,
    id: DEFAULT_ORG_PACK_ID,
    name: 'Organisation social media policy',
    version: 1,
    publishedAt: new Date(now).toISOString(),
    publisher: { name: 'Organisation' },
    extends: BASELINE_PACK_ID,
  });
}

/** The packs a draft inherits from: the baseline when it extends it, nothing otherwise. */
export function inheritedPacks(draft: Pack): Pack[] {
  return draft.extends === BASELINE_PACK_ID ? [baselinePack()] : [];
}

/** The draft ready to store as a new version: one above every stored version, published now. */
export function asNextVersion(draft: Pack, storedVersions: readonly number[], now: number): Pack {
  const version = Math.max(0, ...storedVersions) + 1;
  return { ...draft, version, publishedAt: new Date(now).toISOString() };
}

/** The built-in packs' namespace; a pack written here must not replace one of them. */
const RESERVED_PREFIX = 'phi-guard.';

/** Every problem that would stop the draft loading: schema problems first, then rules that do not compile. */
export function draftProblems(draft: Pack): PackProblem[] {
  if (draft.id.startsWith(RESERVED_PREFIX)) {
    return [{ path: 'id', message: `pack ids starting with "${RESERVED_PREFIX}" are reserved for packs built into PHI Guard` }];
  }
  const checked = validatePack(draft);
  if (!checked.ok) return checked.problems;
  return packCompileProblems(checked.pack);
}

// ---- rules ----

export interface RuleView {
  rule: Rule;
  /** Id of the pack the rule comes from (the draft's own id for its own and overriding rules). */
  origin: string;
  /** The draft has a rule with this id (its own, or a copy overriding an inherited one). */
  own: boolean;
  /** The inherited rule this id overrides or switches off, if any. */
  inherited?: Rule;
  enabled: boolean;
}

/** Inherited and own rules as the compiled draft sees them, inherited order first, then new rules. */
export function ruleViews(draft: Pack): RuleView[] {
  const inherited = new Map<string, { rule: Rule; origin: string }>();
  for (const pack of inheritedPacks(draft)) for (const rule of pack.rules) inherited.set(rule.id, { rule, origin: pack.id });
  const own = new Map(draft.rules.map((rule) => [rule.id, rule]));
  const disabled = new Set(draft.disabledRules);
  const views: RuleView[] = [];
  for (const [id, { rule, origin }] of inherited) {
    const mine = own.get(id);
    if (mine) views.push({ rule: mine, origin: draft.id, own: true, inherited: rule, enabled: mine.enabled });
    else views.push({ rule, origin, own: false, enabled: rule.enabled && !disabled.has(id) });
  }
  for (const rule of draft.rules) {
    if (!inherited.has(rule.id)) views.push({ rule, origin: draft.id, own: true, enabled: rule.enabled });
  }
  return views;
}

/** Rules whose id, kind, severity, message or terms contain every word of the query. */
export function filterRules(views: readonly RuleView[], query: string): RuleView[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...views];
  return views.filter(({ rule }) => {
    const terms = rule.match.kind === 'terms' ? rule.match.terms.join(' ') : '';
    const haystack = `${rule.id} ${rule.category} ${rule.type} ${rule.severity} ${rule.message} ${terms}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

function inheritedRule(draft: Pack, id: string): Rule | undefined {
  for (const pack of inheritedPacks(draft).reverse()) {
    const rule = pack.rules.find((r) => r.id === id);
    if (rule) return rule;
  }
  return undefined;
}

/**
 * Switches a rule on or off. An inherited rule is switched off by listing it in `disabledRules`; a rule the
 * draft has its own copy of is switched through that copy's `enabled` (the compiler applies `disabledRules`
 * before the pack's own rules, so listing an overridden id would not switch it off).
 */
export function setRuleEnabled(draft: Pack, id: string, enabled: boolean): Pack {
  if (draft.rules.some((r) => r.id === id)) {
    return tidyOverride({ ...draft, rules: draft.rules.map((r) => (r.id === id ? { ...r, enabled } : r)) }, id);
  }
  const others = draft.disabledRules.filter((r) => r !== id);
  return { ...draft, disabledRules: enabled ? others : [...others, id] };
}

/** Changes a rule's severity; for an inherited rule that means a copy under the same id. */
export function setRuleSeverity(draft: Pack, id: string, severity: Severity): Pack {
  if (draft.rules.some((r) => r.id === id)) {
    return tidyOverride({ ...draft, rules: draft.rules.map((r) => (r.id === id ? { ...r, severity } : r)) }, id);
  }
  const base = inheritedRule(draft, id);
  if (!base) return draft;
  const wasDisabled = draft.disabledRules.includes(id);
  return {
    ...draft,
    disabledRules: draft.disabledRules.filter((r) => r !== id),
    rules: [...draft.rules, { ...base, severity, enabled: base.enabled && !wasDisabled }],
  };
}

/** Drops an overriding copy that says exactly what the inherited rule says (or only switches it off). */
function tidyOverride(draft: Pack, id: string): Pack {
  const base = inheritedRule(draft, id);
  const mine = draft.rules.find((r) => r.id === id);
  if (!base || !mine) return draft;
  const sameApartFromSwitch = JSON.stringify({ ...mine, enabled: base.enabled }) === JSON.stringify(base);
  if (!sameApartFromSwitch) return draft;
  const rules = draft.rules.filter((r) => r.id !== id);
  const switchedOff = base.enabled && !mine.enabled;
  return { ...draft, rules, disabledRules: switchedOff ? [...draft.disabledRules.filter((r) => r !== id), id] : draft.disabledRules };
}

export interface TermRuleSpec {
  id: string;
  type: Rule['type'];
  severity: Severity;
  terms: readonly string[];
  message: string;
  explanation: string;
}

/** A rule that flags a list of words or phrases, as the "add a term rule" form describes it. */
export function termRule(spec: TermRuleSpec): Rule {
  return {
    id: spec.id.trim(),
    category: PHI_TYPE_SET.has(spec.type) ? 'phi' : 'policy',
    type: spec.type,
    severity: spec.severity,
    enabled: true,
    message: spec.message.trim(),
    explanation: spec.explanation.trim(),
    match: { kind: 'terms', terms: cleanList(spec.terms), caseSensitive: false },
  };
}

/** Adds one of the draft's own rules, or replaces the one with the same id. */
export function putRule(draft: Pack, rule: Rule): Pack {
  const exists = draft.rules.some((r) => r.id === rule.id);
  return { ...draft, rules: exists ? draft.rules.map((r) => (r.id === rule.id ? rule : r)) : [...draft.rules, rule] };
}

/** Removes one of the draft's own rules (an override goes back to the inherited rule). */
export function removeRule(draft: Pack, id: string): Pack {
  return { ...draft, rules: draft.rules.filter((r) => r.id !== id) };
}

const PHI_TYPE_SET: ReadonlySet<string> = new Set(PHI_TYPES);

// ---- templates ----

export interface TemplateView {
  template: Template;
  origin: string;
  own: boolean;
  /** The draft's template replaces an inherited one with the same id. */
  overrides: boolean;
}

export function templateViews(draft: Pack): TemplateView[] {
  const inherited = new Map<string, { template: Template; origin: string }>();
  for (const pack of inheritedPacks(draft)) for (const template of pack.templates) inherited.set(template.id, { template, origin: pack.id });
  const own = new Map(draft.templates.map((t) => [t.id, t]));
  const views: TemplateView[] = [];
  for (const [id, { template, origin }] of inherited) {
    const mine = own.get(id);
    views.push(mine ? { template: mine, origin: draft.id, own: true, overrides: true } : { template, origin, own: false, overrides: false });
  }
  for (const template of draft.templates) {
    if (!inherited.has(template.id)) views.push({ template, origin: draft.id, own: true, overrides: false });
  }
  return views;
}

export function putTemplate(draft: Pack, template: Template): Pack {
  const exists = draft.templates.some((t) => t.id === template.id);
  return {
    ...draft,
    templates: exists ? draft.templates.map((t) => (t.id === template.id ? template : t)) : [...draft.templates, template],
  };
}

export function removeTemplate(draft: Pack, id: string): Pack {
  return { ...draft, templates: draft.templates.filter((t) => t.id !== id) };
}

// ---- allow-lists and variables ----

export type AllowListKey = keyof Pack['allowLists'];

/** Replaces one of the draft's allow-lists; entries are trimmed, blanks and repeats dropped. */
export function setAllowList(draft: Pack, key: AllowListKey, entries: readonly string[]): Pack {
  return { ...draft, allowLists: { ...draft.allowLists, [key]: cleanList(entries) } };
}

/** Sets a variable; an empty value removes it, so the inherited value applies again. */
export function setVariable(draft: Pack, name: string, value: string): Pack {
  const variables = { ...draft.variables };
  if (value === '') delete variables[name];
  else variables[name] = value;
  return { ...draft, variables };
}

/** Splits a text area's value into entries, one per line. */
export function linesOf(text: string): string[] {
  return cleanList(text.split(/\r?\n/));
}

function cleanList(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const entry of entries) {
    const item = entry.trim();
    if (item && !seen.has(item)) {
      seen.add(item);
      out.push(item);
    }
  }
  return out;
}

// ---- export ----

/** The pack as the file an admin validates, signs and publishes. */
export function packFileText(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export function packFileName(pack: Pack): string {
  return `${pack.id}-v${pack.version}.json`;
}
