import { t, type MessageKey } from '../i18n';
import type { SuggestedTemplate } from '../messaging/protocol';
import { TEMPLATE_VARIABLE } from '../policy/template-variables';

/**
 * What the template picker shows, computed from the policy's templates, the templates suggested for the
 * comment being answered, and the template variables. Pure, so ordering, search and variable filling are
 * tested without a page.
 */

/** The variable the picker fills with the commenter's display name, where the site shows it. */
export const COMMENTER_VARIABLE = 'commenterName';

/** Message ids of plain names for the baseline's situations; a pack's own situation ids are shown as written. */
const SITUATION_LABELS: Readonly<Record<string, MessageKey>> = {
  crisis: 'situationCrisis',
  'phi-inquiry': 'situationPhiInquiry',
  misinformation: 'situationMisinformation',
  'negative-experience': 'situationNegativeExperience',
  billing: 'situationBilling',
  appointment: 'situationAppointment',
  'media-inquiry': 'situationMediaInquiry',
  'job-inquiry': 'situationJobInquiry',
  praise: 'situationPraise',
  'general-question': 'situationGeneralQuestion',
};

export function situationLabel(id: string): string {
  const key = SITUATION_LABELS[id];
  return key ? t(key) : id.replace(/[-_]+/g, ' ');
}

/** Message ids of plain names for the baseline's variables; others are spelled out from their camelCase. */
const VARIABLE_LABELS: Readonly<Record<string, MessageKey>> = {
  orgName: 'variableOrgName',
  orgPhone: 'variableOrgPhone',
  portalUrl: 'variablePortalUrl',
  mediaContact: 'variableMediaContact',
  careersUrl: 'variableCareersUrl',
  [COMMENTER_VARIABLE]: 'variableCommenterName',
  escalationPath: 'variableEscalationPath',
};

export function variableLabel(name: string): string {
  const key = VARIABLE_LABELS[name];
  return key ? t(key) : name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

export interface TemplateGroups {
  /** Templates for the situations of the comment being answered, crisis first, then those findings point to. */
  suggested: SuggestedTemplate[];
  /** Every other template, in the policy's order. */
  rest: SuggestedTemplate[];
}

/**
 * Splits the templates into the ones suggested for this comment and the rest. The suggestions keep the
 * background's order (most urgent situation first) except that a crisis template always leads: safety first,
 * whatever a pack's priorities say.
 */
export function groupTemplates(
  all: readonly SuggestedTemplate[],
  suggested: readonly SuggestedTemplate[],
  situations: readonly string[],
): TemplateGroups {
  const seen = new Set<string>();
  const picked: SuggestedTemplate[] = [];
  for (const t of suggested) {
    if (seen.has(t.id)) continue;
    seen.add(t.id);
    picked.push(t);
  }
  if (situations.includes('crisis')) {
    // Stable: crisis templates move to the front, everything else keeps its place.
    picked.sort((a, b) => Number(b.situations.includes('crisis')) - Number(a.situations.includes('crisis')));
  }
  return { suggested: picked, rest: all.filter((t) => !seen.has(t.id)) };
}

/**
 * Keeps the templates whose title, text or situation names contain every word of the query (any case, any
 * order). An empty query keeps everything.
 */
export function filterTemplates(templates: readonly SuggestedTemplate[], query: string): SuggestedTemplate[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...templates];
  return templates.filter((t) => {
    const haystack = [t.title, t.body, ...t.situations, ...t.situations.map(situationLabel)].join(' ').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'variable'; name: string; value: string | null };

export interface FilledTemplate {
  parts: TemplatePart[];
  /** Variables with no value yet, each once, in order of appearance. */
  missing: string[];
  /** The text to insert, or null while any variable is missing: a `{{...}}` is never inserted. */
  text: string | null;
}

/** Fills `{{variables}}` from `values`; an empty or blank value counts as missing. */
export function fillTemplate(body: string, values: Readonly<Record<string, string | undefined>>): FilledTemplate {
  const parts: TemplatePart[] = [];
  const missing: string[] = [];
  let last = 0;
  for (const m of body.matchAll(TEMPLATE_VARIABLE)) {
    if (m.index > last) parts.push({ kind: 'text', text: body.slice(last, m.index) });
    const name = m[1]!;
    const value = values[name]?.trim() ? values[name]!.trim() : null;
    if (value === null && !missing.includes(name)) missing.push(name);
    parts.push({ kind: 'variable', name, value });
    last = m.index + m[0].length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  const text = missing.length ? null : parts.map((p) => (p.kind === 'text' ? p.text : p.value)).join('');
  return { parts, missing, text };
}

/**
 * The values the picker fills with: the policy's and the user's variables, the commenter's name where the
 * site shows it, and whatever the user typed into the picker for a missing one (that wins: they just said so).
 */
export function templateValues(
  variables: Readonly<Record<string, string>>,
  commenterName: string | undefined,
  typed: Readonly<Record<string, string>>,
): Record<string, string> {
  return { ...variables, ...(commenterName ? { [COMMENTER_VARIABLE]: commenterName } : {}), ...typed };
}

/** Where an inserted template goes: instead of the whole draft, or at the caret (between the words there). */
export type InsertMode = 'replace' | 'caret';

/**
 * The text to write at the caret: a space is added where the template would otherwise run into the words
 * before or after it.
 */
export function spacedForCaret(template: string, before: string, after: string): string {
  const lead = before && !/\s$/.test(before) ? ' ' : '';
  const trail = after && !/^\s/.test(after) ? ' ' : '';
  return `${lead}${template}${trail}`;
}
