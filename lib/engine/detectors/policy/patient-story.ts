import type { Candidate, Detector } from '../../detector';
import { cueMatcher } from '../cues';

/**
 * A story about a patient with no sign of consent. Posting about a patient needs the patient's written
 * authorization even without a name (HIPAA Privacy Rule, 45 CFR 164.508), and professional guidance asks
 * clinicians to get consent and remove identifying details before sharing a case (AMA Code of Medical
 * Ethics Opinion 2.3.2, "Professionalism in the Use of Social Media"). The reminder points at the first
 * sign of a patient story and stays quiet when the draft mentions consent or changed details.
 */
const STORY = new RegExp(
  [
    "\\b(?:my|our|this|a)\\s+(?:\\d{1,3}[- ]year[- ]old\\s+)?patient(?:'s)?\\s+(?:today|tonight|yesterday|this\\s+(?:morning|week)|last\\s+(?:night|week)|who|came|told|said|asked|was|had|just|finally|walked|arrived|looked|grabbed|cried|smiled|thanked)\\b",
    '\\b(?:a|one\\s+of\\s+my|one\\s+of\\s+our)\\s+patients?\\s+(?:of\\s+mine\\s+)?(?:came|told|said|asked|was|had|walked|arrived|shared)\\b',
    '\\ba\\s+patient\\s+of\\s+mine\\b',
    '\\b(?:today|tonight|yesterday|last\\s+night|this\\s+morning|this\\s+week|last\\s+week|on\\s+my\\s+shift)\\s*,?\\s+(?:i|we)\\s+(?:saw|treated|cared\\s+for|admitted|discharged|delivered|intubated|resuscitated|coded|operated\\s+on|met)\\s+(?:a|an|my|our|this)\\b',
    '\\b\\d{1,3}[- ]year[- ]old\\s+(?:man|woman|boy|girl|male|female|patient|mother|father|grandmother|grandfather|veteran)\\b',
    "\\bi(?:'ll|\\s+will)\\s+never\\s+forget\\s+(?:a|the|this|my)\\s+patient\\b",
    "\\bpatient(?:'s)?\\s+stor(?:y|ies)\\b",
  ].join('|'),
  'i',
);
const CONSENT = cueMatcher([
  'consent', 'consented', 'consents', 'permission', 'authorization', 'authorisation', 'authorized', 'authorised',
  'with their blessing', 'with his blessing', 'with her blessing', 'shared with approval', 'details changed',
  'details have been changed', 'details were changed', 'names changed', 'name has been changed', 'names have been changed',
  'name changed', 'identifying details', 'de-identified', 'deidentified', 'composite', 'fictionalized', 'fictionalised',
  'asked me to share', 'asked us to share', 'gave us the ok', 'agreed to share',
]);

export const patientStoryDetector: Detector = {
  id: 'patient-story',
  description: 'Stories about a patient with no consent wording (45 CFR 164.508 authorization; AMA Opinion 2.3.2).',
  detect({ text }) {
    const m = STORY.exec(text);
    if (!m || CONSENT.test(text)) return [];
    const candidate: Candidate = { start: m.index, end: m.index + m[0].length, confidence: 1 };
    return [candidate];
  },
};
