import * as z from 'zod/mini';
import {
  checkContextSchema,
  findingSchema,
  PHI_TYPES,
  POLICY_TYPES,
  SEVERITIES,
  SURFACES,
} from '../engine/finding';

/**
 * Every message between content scripts / extension pages and the background, and the response to each. Both
 * ends validate with these schemas: the background every request (anything else is answered with an
 * `invalid-message` error), the sender every response (`sendToBackground`). Nothing here imports the engine or
 * the database, so content scripts can use it without carrying them; the schemas use zod's mini API for the
 * same reason (see finding.ts).
 */

/** Opaque id of one draft in one composer (site + composer instance); never contains draft text. */
const draftKey = z.string().check(z.minLength(1), z.maxLength(200));
const site = z.string().check(z.minLength(1), z.maxLength(253));
const surface = z.enum(SURFACES);
const ruleId = z.string().check(z.minLength(1), z.maxLength(200));

/** What the audit log may say about a finding, plus the matched words, which the background hashes and drops. */
export const findingRefSchema = z.object({
  ruleId,
  type: z.enum([...PHI_TYPES, ...POLICY_TYPES]),
  severity: z.enum(SEVERITIES),
  category: z.enum(['phi', 'policy']),
  value: z.string().check(z.maxLength(10_000)),
});
export type FindingRef = z.infer<typeof findingRefSchema>;

// ---- Requests ----

export const checkRequestSchema = z.object({
  type: z.literal('check'),
  // Longer drafts than the engine checks are still accepted: the engine reports the unchecked tail.
  text: z.string().check(z.maxLength(1_000_000)),
  context: checkContextSchema,
  draftKey,
  /**
   * True when the text is not a draft but something screened for PHI before it is stored (an override's free
   * text reason): findings are returned, and nothing is logged as `shown`.
   */
  screening: z.optional(z.boolean()),
  /**
   * True when the answer must include every rule's findings (the pre-submit guard): it then waits for a pack
   * engine still loading on a woken worker instead of answering without that engine's rules.
   */
  complete: z.optional(z.boolean()),
});

/** Events about findings the content script reports. `shown` is logged by the background and `dismissed` by `dismiss`. */
const findingAuditRequestSchema = z.object({
  type: z.literal('audit'),
  kind: z.enum(['fixed', 'overridden', 'submitted']),
  findings: z.array(findingRefSchema).check(z.maxLength(500)),
  site: z.optional(site),
  surface: z.optional(surface),
  /** For overrides: the chosen reason; anything not in the policy's list is recorded as `other`. */
  reason: z.optional(z.string().check(z.maxLength(500))),
  /** With `submitted`: the draft is done, so its dismissals and `shown` marks are forgotten. */
  draftKey: z.optional(draftKey),
});

/** A draft went out without a check (the policy's fail-open mode): there are no findings to report. */
const uncheckedSubmitRequestSchema = z.object({
  type: z.literal('audit'),
  kind: z.literal('submitted-unchecked'),
  site: z.optional(site),
  surface: z.optional(surface),
  draftKey: z.optional(draftKey),
});

export const auditRequestSchema = z.discriminatedUnion('kind', [findingAuditRequestSchema, uncheckedSubmitRequestSchema]);

/** The identifiers a photo notice can name: metadata found in the file, and the consent reminder every photo gets. */
export const PHOTO_IDENTIFIERS = ['location', 'serial', 'owner', 'consent'] as const;
export type PhotoIdentifier = (typeof PHOTO_IDENTIFIERS)[number];

/**
 * A photo notice was shown for one attached file, naming these identifiers. Which ones only: the file's name,
 * coordinates, serials and bytes never leave the tab.
 */
export const photoWarnedRequestSchema = z.object({
  type: z.literal('photoWarned'),
  identifiers: z.array(z.enum(PHOTO_IDENTIFIERS)).check(z.minLength(1), z.maxLength(PHOTO_IDENTIFIERS.length)),
  site: z.optional(site),
  surface: z.optional(surface),
});

export const getSettingsRequestSchema = z.object({ type: z.literal('getSettings') });

export const setSiteEnabledRequestSchema = z.object({
  type: z.literal('setSiteEnabled'),
  site,
  enabled: z.boolean(),
});

/** "Ignore once": hides this finding in this draft across re-checks, and logs `dismissed`. */
export const dismissRequestSchema = z.object({
  type: z.literal('dismiss'),
  draftKey,
  finding: findingRefSchema,
  site: z.optional(site),
  surface: z.optional(surface),
  reason: z.optional(z.string().check(z.maxLength(500))),
});

export const getStatusRequestSchema = z.object({
  type: z.literal('getStatus'),
  site: z.optional(site),
});

/** Every template of the active policy usable on `site`, for the template picker. */
export const getTemplatesRequestSchema = z.object({
  type: z.literal('getTemplates'),
  site: z.optional(site),
});

/** What the latest check in one tab found (counts only), for the popup. */
export const getTabFindingsRequestSchema = z.object({
  type: z.literal('getTabFindings'),
  tabId: z.int().check(z.nonnegative()),
});

export const requestSchema = z.discriminatedUnion('type', [
  checkRequestSchema,
  auditRequestSchema,
  photoWarnedRequestSchema,
  getSettingsRequestSchema,
  setSiteEnabledRequestSchema,
  dismissRequestSchema,
  getStatusRequestSchema,
  getTemplatesRequestSchema,
  getTabFindingsRequestSchema,
]);
export type BackgroundRequest = z.infer<typeof requestSchema>;
export type RequestType = BackgroundRequest['type'];
export type RequestOf<T extends RequestType> = Extract<BackgroundRequest, { type: T }>;

// ---- Responses ----

export const suggestedTemplateSchema = z.object({
  id: z.string(),
  title: z.string(),
  situations: z.array(z.string()),
  /** The template text with `{{variables}}` still in it; `variables` in the response fills them. */
  body: z.string(),
});
export type SuggestedTemplate = z.infer<typeof suggestedTemplateSchema>;

export const checkResponseSchema = z.object({
  ok: z.literal(true),
  /** False when checking is switched off for this site or everywhere; `findings` is then empty. */
  enabled: z.boolean(),
  findings: z.array(findingSchema),
  /** Changes whenever the active policy changes; a content script may drop cached results when it does. */
  policyKey: z.string(),
  /** Rules that failed on this draft (rule ids only); the rest of the check ran. */
  failedRules: z.array(z.string()),
  /**
   * True when the rules of a pack engine that a woken worker is still loading did not run: the findings are
   * the other rules', and checking again shortly gives them all.
   */
  incomplete: z.optional(z.literal(true)),
  /** Situations of the comment being replied to, most urgent first (only when `context.replyTo` was sent). */
  situations: z.optional(z.array(z.string())),
  /** Templates for those situations, then templates the findings point to. */
  suggestedTemplates: z.optional(z.array(suggestedTemplateSchema)),
  /** Template variables: the packs' values overridden by the user's. */
  variables: z.optional(z.record(z.string(), z.string())),
});

export const auditResponseSchema = z.object({ ok: z.literal(true), written: z.int().check(z.nonnegative()) });

/** Settings a content script or page may see (the audit salt is not among them). */
export const publicSettingsSchema = z.object({
  enabled: z.boolean(),
  sites: z.record(z.string(), z.boolean()),
  variables: z.record(z.string(), z.string()),
  activePackIds: z.array(z.string()),
  ui: z.object({ theme: z.enum(['system', 'light', 'dark']) }),
});
export type PublicSettings = z.infer<typeof publicSettingsSchema>;

export const settingsResponseSchema = z.object({ ok: z.literal(true), settings: publicSettingsSchema });

export const dismissResponseSchema = z.object({ ok: z.literal(true) });

export const activePackSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number(),
  source: z.enum(['builtin', 'file', 'url', 'managed', 'options']),
  signature: z.enum(['builtin', 'verified', 'unsigned']),
  fetchedAt: z.number(),
});

export const statusResponseSchema = z.object({
  ok: z.literal(true),
  /** The master switch. */
  enabled: z.boolean(),
  /** Whether drafts on `site` are checked (master switch, the user's site switch, then the policy's). */
  siteEnabled: z.boolean(),
  packs: z.array(activePackSchema),
  policyKey: z.string(),
  /** What the pre-submit guard should do, from the active policy. */
  guard: z.object({
    blockOnSubmit: z.boolean(),
    overrideReasonRequired: z.boolean(),
    overrideReasons: z.array(z.string()),
    failMode: z.enum(['open', 'closed']),
  }),
  /** The organisation's enterprise policy as it bears on the switches (absent where there is none to tell). */
  organisation: z.optional(
    z.object({
      /** PHI Guard and its sites cannot be switched off by the user. */
      locked: z.boolean(),
      /** The policy sets checking on `site` on or off; the user's switch cannot change it. */
      site: z.optional(z.enum(['on', 'off'])),
    }),
  ),
});

export const templatesResponseSchema = z.object({
  ok: z.literal(true),
  templates: z.array(suggestedTemplateSchema),
  variables: z.record(z.string(), z.string()),
});

export const tabFindingsResponseSchema = z.object({
  ok: z.literal(true),
  /** Null when nothing has been checked in the tab since its page loaded (or since the worker restarted). */
  summary: z.nullable(
    z.object({
      site: z.optional(site),
      total: z.int().check(z.nonnegative()),
      block: z.int().check(z.nonnegative()),
      warn: z.int().check(z.nonnegative()),
      info: z.int().check(z.nonnegative()),
      worst: z.nullable(z.enum(SEVERITIES)),
      checkedAt: z.number(),
    }),
  ),
});

// `managed`: refused because the organisation's policy locks that setting.
export const ERROR_CODES = ['invalid-message', 'check-failed', 'internal', 'managed'] as const;
export const errorResponseSchema = z.object({
  ok: z.literal(false),
  error: z.object({
    code: z.enum(ERROR_CODES),
    /** Never contains draft text: field paths, rule ids and fixed wording only. */
    message: z.string(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const responseSchemas = {
  check: checkResponseSchema,
  audit: auditResponseSchema,
  photoWarned: auditResponseSchema,
  getSettings: settingsResponseSchema,
  setSiteEnabled: settingsResponseSchema,
  dismiss: dismissResponseSchema,
  getStatus: statusResponseSchema,
  getTemplates: templatesResponseSchema,
  getTabFindings: tabFindingsResponseSchema,
} as const satisfies Record<RequestType, z.ZodMiniType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;
export type CheckResponse = ResponseOf<'check'>;
export type StatusResponse = ResponseOf<'getStatus'>;
export type BackgroundResponse = ResponseOf<RequestType> | ErrorResponse;

/** Describes why a message failed validation by field path and issue code only (never the values). */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.code}`)
    .join('; ');
}
