import type { Candidate, AllowLists } from './detector';
import type { CheckContext } from './finding';
import type { Pack, Rule, Template, Situation } from '../policy/schema';

/**
 * A policy compiled from one or more packs into ready matchers. The engine only ever sees this shape; how
 * packs become it lives in `lib/policy/compile.ts`.
 */
export interface CompiledPolicy {
  /** Identifies the pack versions this was compiled from, e.g. `phi-guard.baseline@3+org.example@12`. */
  key: string;
  packs: readonly Pick<Pack, 'id' | 'name' | 'version'>[];
  rules: readonly CompiledRule[];
  situations: readonly CompiledSituation[];
  templates: readonly Template[];
  variables: Readonly<Record<string, string>>;
  allow: AllowLists;
  settings: PolicySettings;
  /** Rules that could not be compiled (bad regex, unknown detector) and why; they are left out. */
  problems: readonly { ruleId: string; reason: string }[];
}

export interface PolicySettings {
  blockOnSubmit: boolean;
  overrideReasonRequired: boolean;
  overrideReasons: readonly string[];
  failMode: 'open' | 'closed';
  sites: Readonly<Record<string, boolean>>;
}

export interface MatchInput {
  text: string;
  context: CheckContext;
  allow: AllowLists;
}

export interface CompiledRule {
  rule: Rule;
  /** Spans this rule matches, before proximity, allow-lists and severity are applied. */
  find(input: MatchInput): Candidate[];
}

export interface CompiledSituation {
  situation: Situation;
  matches(text: string): boolean;
}
