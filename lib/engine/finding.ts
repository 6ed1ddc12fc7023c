// zod's mini API (functions instead of methods, so a bundle keeps only what it uses): these schemas reach the
// content script through the message protocol, and its bundle has a size budget (architecture.md).
import * as z from 'zod/mini';

// No code generation for the schemas (zod's JIT builds parsers with `new Function`): the extension's CSP
// forbids eval, and zod's probe for it is reported as a CSP violation and flagged by Firefox's add-on linter.
// This is the first module of the engine to build a schema, and the setting must precede the first one. The
// setting lives in zod's shared core, so it holds for the classic schemas built elsewhere too.
z.config({ jitless: true });

/**
 * The Finding contract shared by the engine, the extension, the CLI and the benchmarks
 * (see docs: architecture.md "Contracts"). Offsets are UTF-16 code units into the checked text,
 * end exclusive — exactly what `String.prototype.slice` takes.
 */

export const PHI_TYPES = [
  'name', 'location', 'date', 'age', 'phone', 'fax', 'email', 'ssn', 'mrn', 'health-plan', 'account',
  'license', 'vehicle', 'device', 'url', 'ip', 'biometric', 'photo', 'other-id', 'quasi-identifier',
] as const;
export const POLICY_TYPES = [
  'misinformation', 'consent', 'medical-advice', 'patient-confirmation', 'professionalism', 'promotion',
  'crisis', 'accessibility', 'platform-limit', 'link',
] as const;
export const SEVERITIES = ['block', 'warn', 'info'] as const;
export const SURFACES = ['post', 'reply', 'comment', 'message'] as const;

export type PhiType = (typeof PHI_TYPES)[number];
export type PolicyType = (typeof POLICY_TYPES)[number];
export type FindingType = PhiType | PolicyType;
export type Category = 'phi' | 'policy';
export type Severity = (typeof SEVERITIES)[number];
export type Surface = (typeof SURFACES)[number];

export const fixSchema = z.object({ label: z.string().check(z.minLength(1)), replacement: z.string() });
export type Fix = z.infer<typeof fixSchema>;

export const findingSchema = z.object({
  ruleId: z.string().check(z.minLength(1)),
  category: z.enum(['phi', 'policy']),
  type: z.enum([...PHI_TYPES, ...POLICY_TYPES]),
  severity: z.enum(SEVERITIES),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  message: z.string(),
  explanation: z.optional(z.string()),
  fixes: z.optional(z.array(fixSchema)),
  templates: z.optional(z.array(z.string())),
});
export type Finding = z.infer<typeof findingSchema>;

export const checkContextSchema = z.object({
  site: z.optional(z.string().check(z.maxLength(100))),
  surface: z.optional(z.enum(SURFACES)),
  replyTo: z.optional(z.string().check(z.maxLength(20_000))),
});
export type CheckContext = z.infer<typeof checkContextSchema>;

const SEVERITY_RANK: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

/** Positive when `a` is more severe than `b`. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}

export function isPhiType(type: string): type is PhiType {
  return (PHI_TYPES as readonly string[]).includes(type);
}
