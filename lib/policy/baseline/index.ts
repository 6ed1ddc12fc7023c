import { packSchemas, PACK_FORMAT, type Pack, type PackInput } from '../schema';
import { phiRules } from './phi-rules';
import { policyRules } from './policy-rules';
import { templates } from './templates';
import { situations } from './situations';

export const BASELINE_PACK_ID = 'phi-guard.baseline';

const BASELINE_PACK_INPUT = {
  format: PACK_FORMAT,
  id: BASELINE_PACK_ID,
  name: 'PHI Guard baseline',
  version: 1,
  publishedAt: '2026-11-24T00:00:00Z',
  publisher: { name: 'PHI Guard' },
  description:
    'HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)), re-identifying combinations, and common healthcare ' +
    'social-media policy: misinformation, consent, advice, patient confirmation, professionalism, promotion, ' +
    'crisis language, accessibility, platform limits and links.',
  variables: {
    orgName: 'our hospital',
  },
  // Public-health authorities that correction templates cite; organisations add their own domains.
  allowLists: {
    approvedDomains: [
      'cdc.gov', 'who.int', 'nih.gov', 'medlineplus.gov', 'fda.gov', 'hhs.gov', 'cancer.gov', '988lifeline.org',
      'vaccines.gov', 'healthcare.gov',
    ],
  },
  rules: [...phiRules, ...policyRules],
  templates,
  situations,
  settings: {
    blockOnSubmit: true,
    overrideReasonRequired: true,
    overrideReasons: [
      'The person gave written consent (authorization on file)',
      'This is public information already released by the organisation',
      'This is not about a patient',
      'False alarm: not an identifier',
    ],
    failMode: 'open',
  },
} satisfies PackInput;

let parsed: Pack | undefined;

/**
 * The built-in pack: works with no admin at all, and is what organisation packs `extends`. Bump `version`
 * whenever its rules or templates change, so installed copies upgrade it. Parsed on first use, not when the
 * module loads: a woken service worker runs on the copy stored at install and need not pay for the parse.
 */
export function baselinePack(): Pack {
  return (parsed ??= packSchemas().pack.parse(BASELINE_PACK_INPUT));
}
