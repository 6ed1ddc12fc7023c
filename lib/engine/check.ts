import type { Candidate } from './detector';
import { compareSeverity, type CheckContext, type Finding, type Severity } from './finding';
import { mergeFindings } from './merge';
import type { CompiledPolicy, CompiledRule } from './policy';
import { prepareText } from './prepare-text';
import { baselinePolicy } from '../policy/compile';
import { classifySituation } from './situation';

/** Drafts longer than this are checked up to here; nobody posts more, and a paste bomb must not stall. */
export const MAX_CHECKED_CHARS = 200_000;

export interface CheckReport {
  findings: Finding[];
  /** Rules that threw on this draft (a bug, never the user's fault); the rest of the check still ran. */
  failedRules: string[];
}

/** Checks a draft against a compiled policy (the built-in baseline by default). */
export function check(text: string, context: CheckContext = {}, policy: CompiledPolicy = baselinePolicy()): Finding[] {
  return checkWithReport(text, context, policy).findings;
}

export function checkWithReport(
  original: string,
  context: CheckContext = {},
  policy: CompiledPolicy = baselinePolicy(),
): CheckReport {
  const bounded = original.length > MAX_CHECKED_CHARS ? original.slice(0, MAX_CHECKED_CHARS) : original;
  const prepared = prepareText(bounded);
  const input = { text: prepared.text, context, allow: policy.allow };
  let situations: string[] | null = null; // null: not classified yet
  const findings: Finding[] = [];
  const failedRules: string[] = [];

  for (const compiled of policy.rules) {
    const { when } = compiled.rule;
    if (when?.sites && !(context.site && when.sites.includes(context.site))) continue;
    if (when?.surfaces && !(context.surface && when.surfaces.includes(context.surface))) continue;
    if (when?.situations) {
      situations ??= context.replyTo ? classifySituation(context.replyTo, policy) : [];
      if (!situations.some((s) => when.situations!.includes(s))) continue;
    }
    let candidates: Candidate[];
    try {
      candidates = compiled.find(input);
    } catch {
      failedRules.push(compiled.rule.id);
      continue;
    }
    for (const candidate of candidates) {
      const finding = toFinding(compiled, candidate, prepared.text, policy);
      if (!finding) continue;
      [finding.start, finding.end] = prepared.toOriginal(candidate.start, candidate.end);
      findings.push(finding);
    }
  }
  if (original.length > MAX_CHECKED_CHARS) {
    findings.push({
      ruleId: 'engine.truncated',
      category: 'policy',
      type: 'platform-limit',
      severity: 'info',
      start: MAX_CHECKED_CHARS,
      end: original.length,
      message: `Only the first ${MAX_CHECKED_CHARS.toLocaleString('en-US')} characters were checked.`,
    });
  }
  return { findings: mergeFindings(findings), failedRules };
}

function toFinding(compiled: CompiledRule, c: Candidate, text: string, policy: CompiledPolicy): Finding | null {
  if (c.confidence < 0.5 || c.end <= c.start) return null;
  const { rule } = compiled;
  if (rule.category === 'phi' && isAllowListed(text.slice(c.start, c.end), policy)) return null;
  const severity: Severity =
    c.confidence < 0.8 && compareSeverity(rule.severity, 'warn') > 0 ? 'warn' : rule.severity;
  const fixes = [...(c.fixes ?? []), ...(rule.fixes ?? [])];
  const finding: Finding = {
    ruleId: rule.id,
    category: rule.category,
    type: c.type ?? rule.type,
    severity,
    start: c.start,
    end: c.end,
    message: c.message ?? rule.message,
    explanation: rule.explanation,
  };
  if (fixes.length) finding.fixes = fixes;
  if (rule.templates?.length) finding.templates = [...rule.templates];
  return finding;
}

function isAllowListed(value: string, policy: CompiledPolicy): boolean {
  const key = value.trim().toLowerCase();
  return policy.allow.terms.has(key) || policy.allow.names.has(key);
}
