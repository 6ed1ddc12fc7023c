import { z } from 'zod';
import { PHI_TYPES, POLICY_TYPES, SEVERITIES, SURFACES, fixSchema } from '../engine/finding';

/**
 * The policy pack format, `phi-guard.pack/1`. Packs come from outside (files, admin URLs, enterprise policy,
 * the options page), so everything is validated here before the engine sees it. Limits keep a hostile pack
 * from exhausting memory: every list and string is bounded.
 */
export const PACK_FORMAT = 'phi-guard.pack/1';

export const situationIds = [
  'phi-inquiry', 'appointment', 'billing', 'negative-experience', 'praise', 'misinformation', 'crisis',
  'media-inquiry', 'job-inquiry', 'general-question',
] as const;

/**
 * The schemas, built on first use: a service worker woken for a check validates no pack, and building them
 * when the module loaded took about 8 ms of every wake.
 */
export function packSchemas(): PackSchemas {
  return (schemas ??= definePackSchemas());
}

let schemas: PackSchemas | undefined;
type PackSchemas = ReturnType<typeof definePackSchemas>;

function definePackSchemas() {
  const id = z
    .string()
    .min(1)
    .max(120)
    .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'use letters, digits, ".", "_" and "-" only');
  const text = (max: number) => z.string().min(1).max(max);
  const variableName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'variable names are letters, digits and "_"');

  /** How a rule finds its spans. */
  const matchSchema = z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('detector'),
      detector: id,
      options: z.record(z.string(), z.unknown()).default({}),
    }),
    z.object({
      kind: z.literal('terms'),
      terms: z.array(text(200)).min(1).max(5000),
      caseSensitive: z.boolean().default(false),
    }),
    z.object({
      kind: z.literal('regex'),
      // Compiled with a linear-time engine (RE2 semantics): no back-references or look-around.
      pattern: text(2000),
      caseSensitive: z.boolean().default(false),
    }),
    z.object({
      kind: z.literal('nlp'),
      // A compromise match pattern, e.g. "(cure|cures) #Noun".
      pattern: text(500),
    }),
  ]);

  /** Only report a match when one of these terms is within `within` characters of it. */
  const proximitySchema = z.object({
    terms: z.array(text(100)).min(1).max(500),
    within: z.number().int().min(1).max(500).default(60),
  });

  const whenSchema = z.object({
    sites: z.array(text(100)).max(100).optional(),
    surfaces: z.array(z.enum(SURFACES)).optional(),
    situations: z.array(z.string().max(64)).max(50).optional(),
  });

  const ruleSchema = z
    .object({
      id: id,
      category: z.enum(['phi', 'policy']),
      type: z.enum([...PHI_TYPES, ...POLICY_TYPES]),
      severity: z.enum(SEVERITIES),
      enabled: z.boolean().default(true),
      message: text(300),
      explanation: text(2000),
      match: matchSchema,
      near: proximitySchema.optional(),
      when: whenSchema.optional(),
      fixes: z.array(fixSchema).max(10).optional(),
      templates: z.array(id).max(20).optional(),
    })
    .refine((r) => (r.category === 'phi') === (PHI_TYPES as readonly string[]).includes(r.type), {
      message: 'type does not belong to the category',
      path: ['type'],
    });

  const templateSchema = z.object({
    id: id,
    title: text(120),
    situations: z.array(z.string().max(64)).max(20),
    body: text(5000),
    sites: z.array(text(100)).max(50).optional(),
  });

  /** Recognises the situation of the comment being replied to (issue: reply templates). */
  const situationSchema = z.object({
    id: z.string().max(64),
    label: text(120),
    /** Higher wins when several match; crisis is highest in the baseline. */
    priority: z.number().int().min(0).max(1000),
    match: matchSchema,
  });

  /**
   * A pack's settings. Every field is optional and has no default here: a pack states only what it changes,
   * so merging packs never resets an earlier pack's choice. The defaults live in the compiler.
   */
  const settingsSchema = z.object({
    blockOnSubmit: z.boolean().optional(),
    overrideReasonRequired: z.boolean().optional(),
    overrideReasons: z.array(text(200)).max(20).optional(),
    /** What the pre-submit guard does when the check itself fails. */
    failMode: z.enum(['open', 'closed']).optional(),
    sites: z.record(z.string().max(100), z.boolean()).optional(),
  });

  const allowListsSchema = z.object({
    staffNames: z.array(text(200)).max(20_000).default([]),
    publicNames: z.array(text(200)).max(20_000).default([]),
    approvedDomains: z.array(text(253)).max(5000).default([]),
    terms: z.array(text(200)).max(20_000).default([]),
  });

  const packSchema = z.object({
    format: z.literal(PACK_FORMAT),
    id: id,
    name: text(200),
    version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    publishedAt: z.iso.datetime({ offset: true }),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
    publisher: z.object({ name: text(200), url: z.url().max(2000).optional() }),
    description: z.string().max(5000).optional(),
    /** Id of the pack this one builds on (usually the baseline); its rules, lists and templates are inherited. */
    extends: id.optional(),
    /** Inherited rule ids to switch off. */
    disabledRules: z.array(id).max(1000).default([]),
    variables: z.record(variableName, z.string().max(2000)).default({}),
    allowLists: allowListsSchema.default({ staffNames: [], publicNames: [], approvedDomains: [], terms: [] }),
    rules: z.array(ruleSchema).max(2000).default([]),
    templates: z.array(templateSchema).max(500).default([]),
    situations: z.array(situationSchema).max(100).default([]),
    settings: settingsSchema.default({}),
  });

  return {
    match: matchSchema,
    rule: ruleSchema,
    template: templateSchema,
    situation: situationSchema,
    pack: packSchema,
  };
}

export type Match = z.infer<PackSchemas['match']>;
export type Rule = z.infer<PackSchemas['rule']>;
export type Template = z.infer<PackSchemas['template']>;
export type Situation = z.infer<PackSchemas['situation']>;
export type Pack = z.infer<PackSchemas['pack']>;
export type PackInput = z.input<PackSchemas['pack']>;

export interface PackProblem {
  /** JSON path of the offending field, e.g. `rules[3].match.pattern`. */
  path: string;
  message: string;
}

/** Validates unknown JSON as a pack, returning every problem with its JSON path. */
export function validatePack(data: unknown): { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] } {
  const parsed = packSchemas().pack.safeParse(data);
  if (parsed.success) {
    const dupes = duplicateIds(parsed.data);
    if (dupes.length) return { ok: false, problems: dupes };
    return { ok: true, pack: parsed.data };
  }
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

function duplicateIds(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  for (const [list, items] of [['rules', pack.rules], ['templates', pack.templates]] as const) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) problems.push({ path: `${list}[${i}].id`, message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
  }
  return problems;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}
