import type { AllowLists, Candidate } from '../engine/detector';
import type { CompiledPolicy, CompiledRule, CompiledSituation, PolicySettings } from '../engine/policy';
import { BASELINE_PACK_ID, baselinePack } from './baseline';
import { compileMatch, compileProximity, MatcherError } from './matchers';
import { loadedEngineNames } from './optional-engines';
import type { Pack, Rule, Template } from './schema';

/** The packs do not form a chain the engine can load (a pack extends one that is not there). */
export class PackChainError extends Error {
  override name = 'PackChainError';
}

const DEFAULT_SETTINGS: PolicySettings = {
  blockOnSubmit: true,
  overrideReasonRequired: true,
  overrideReasons: [],
  failMode: 'open',
  sites: {},
};

/**
 * Merges packs in order (later packs override rules and templates by id, add to allow-lists, and may switch
 * inherited rules off) and compiles every rule into a matcher. A pack that `extends` the baseline gets it
 * prepended when the caller did not pass it. Rules that cannot be compiled are left out and listed in
 * `problems` with the reason, so one bad rule never disables the rest of a pack.
 */
export function compilePolicy(packs: readonly Pack[]): CompiledPolicy {
  const chain = withBase(packs);
  // Version plus a content hash: a pack edited in the options page without a version bump still recompiles.
  // Which optional engines are loaded changes how nlp and regex rules compile, so it is part of the key too.
  const engines = loadedEngineNames().map((name) => `+${name}`).join('');
  const key = `${chain.map((p) => `${p.id}@${p.version}`).join('+')}#${contentHash(chain)}${engines}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const rules = new Map<string, Rule>();
  const templates = new Map<string, Template>();
  const situations = new Map<string, Pack['situations'][number]>();
  const variables: Record<string, string> = {};
  let settings: PolicySettings = { ...DEFAULT_SETTINGS };
  const names: string[] = [];
  const domains: string[] = [];
  const terms: string[] = [];

  for (const pack of chain) {
    for (const id of pack.disabledRules) rules.delete(id);
    for (const rule of pack.rules) rules.set(rule.id, rule);
    for (const template of pack.templates) templates.set(template.id, template);
    for (const situation of pack.situations) situations.set(situation.id, situation);
    Object.assign(variables, pack.variables);
    const stated = Object.fromEntries(Object.entries(pack.settings).filter(([, v]) => v !== undefined));
    settings = { ...settings, ...stated, sites: { ...settings.sites, ...(pack.settings.sites ?? {}) } };
    names.push(...pack.allowLists.staffNames, ...pack.allowLists.publicNames);
    domains.push(...pack.allowLists.approvedDomains);
    terms.push(...pack.allowLists.terms);
  }

  const problems: { ruleId: string; reason: string }[] = [];
  const compiledRules: CompiledRule[] = [];
  for (const rule of rules.values()) {
    if (!rule.enabled) continue;
    try {
      compiledRules.push(compileRule(rule));
    } catch (error) {
      if (!(error instanceof MatcherError)) throw error;
      problems.push({ ruleId: rule.id, reason: error.message });
    }
  }
  const compiledSituations: CompiledSituation[] = [];
  for (const situation of situations.values()) {
    try {
      const find = compileMatch(situation.match);
      compiledSituations.push({
        situation,
        matches: (text) => find({ text, context: {}, allow: EMPTY_ALLOW }).length > 0,
      });
    } catch (error) {
      if (!(error instanceof MatcherError)) throw error;
      problems.push({ ruleId: `situation:${situation.id}`, reason: error.message });
    }
  }
  compiledSituations.sort((a, b) => b.situation.priority - a.situation.priority);

  const policy: CompiledPolicy = {
    key,
    packs: chain.map(({ id, name, version }) => ({ id, name, version })),
    rules: compiledRules,
    situations: compiledSituations,
    templates: [...templates.values()],
    variables,
    // The organisation's own details (its phone, portal, address) fill approved templates: never PHI.
    allow: allowLists(names, domains, [...terms, ...Object.values(variables)]),
    settings,
    problems,
  };
  remember(key, policy);
  return policy;
}

function compileRule(rule: Rule): CompiledRule {
  const find = compileMatch(rule.match);
  if (!rule.near) return { rule, find };
  const isNear = compileProximity(rule.near.terms, rule.near.within);
  return {
    rule,
    find: (input) => find(input).filter((c: Candidate) => isNear(input.text, c.start, c.end)),
  };
}

function withBase(packs: readonly Pack[]): Pack[] {
  const chain = [...packs];
  const ids = new Set(chain.map((p) => p.id));
  const wanted = chain.find((p) => p.extends && !ids.has(p.extends))?.extends;
  if (wanted === BASELINE_PACK_ID) chain.unshift(baselinePack());
  else if (wanted) throw new PackChainError(`pack extends "${wanted}", which is not loaded`);
  return chain;
}

function allowLists(names: string[], domains: string[], terms: string[]): AllowLists {
  const lower = (xs: string[]) => new Set(xs.map((x) => x.trim().toLowerCase()).filter(Boolean));
  return {
    names: lower(names),
    domains: new Set([...lower(domains)].map((d) => d.replace(/^\*?\./, ''))),
    terms: lower(terms),
  };
}

const EMPTY_ALLOW: AllowLists = { names: new Set(), domains: new Set(), terms: new Set() };

// A handful of policies is plenty: the background keeps the active one, the CLI one or two.
const CACHE_SIZE = 8;
const cache = new Map<string, CompiledPolicy>();
function remember(key: string, policy: CompiledPolicy) {
  cache.set(key, policy);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/** FNV-1a over the packs' JSON: cheap, and only a cache key (signatures are checked elsewhere). */
function contentHash(packs: readonly Pack[]): string {
  const json = JSON.stringify(packs);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16);
}

let baseline: CompiledPolicy | undefined;
/** The built-in baseline pack, compiled once per process. */
export function baselinePolicy(): CompiledPolicy {
  return (baseline ??= compilePolicy([baselinePack()]));
}
