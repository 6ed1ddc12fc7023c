import { patternDetector } from './pattern-detector';

/**
 * Replies that confirm someone is (or was) a patient: "sorry about your visit", "your doctor will call you",
 * "we have your records", "when you were here on Tuesday". That a person is a patient is itself protected
 * health information (45 CFR 160.103); HHS OCR has fined providers for review replies that confirmed it
 * (Elite Dental Associates, 2019). The pack rule limits this detector to replies and comments.
 */
const WORD = "[a-z'’]{1,20}";

export const patientConfirmationDetector = patternDetector(
  'patient-confirmation',
  'Replies that acknowledge a visit, a record or a care team of the person (HHS OCR enforcement on review replies).',
  [
    /\b(?:sorry|apologi[sz]e|sad)\s+(?:to\s+hear\s+)?(?:about|for)\s+(?:your|the)\s+(?:recent\s+|last\s+)?(?:visit|stay|appointment|procedure|surgery|treatment|care|admission|wait|bill|diagnosis|test\s+results|results|er\s+visit|hospitali[sz]ation|experience\s+(?:here|with\s+us|at\s+our))\b/gi,
    new RegExp(
      '\\byour\\s+(?:doctor|physician|surgeon|nurse|care\\s+team|provider|oncologist|cardiologist|therapist)\\s+' +
        `(?:will|should|is\\s+going\\s+to|can|has|already)\\s+(?:${WORD}\\s+)?(?:call|contact|reach|follow|get\\s+back|see|review|discuss|message|email)[a-z]{0,3}\\b`,
      'gi',
    ),
    /\bwe\s+(?:have|'ve\s+got|received|found|pulled|located|reviewed|checked|looked\s+(?:at|into|up))\s+(?:your|the)\s+(?:medical\s+)?(?:records?|charts?|file|files|results|test\s+results|labs?|account|bill|claim|scans?|images|history)\b/gi,
    new RegExp(
      "\\b(?:i|we)(?:'ve|\\s+have)?\\s+(?:checked|reviewed|looked\\s+at|pulled\\s+up|looked\\s+up)\\s+your\\s+" +
        `(?:${WORD}\\s+)?(?:records?|charts?|file|results|account|bill|history|appointment)\\b`,
      'gi',
    ),
    /\bwhen\s+you\s+(?:were|came)\s+(?:here|in|by|to\s+(?:see\s+)?us|with\s+us|at\s+our|admitted|seen|treated|discharged)\b/gi,
    /\byour\s+(?:recent\s+|last\s+)?(?:visit|stay|appointment|procedure|surgery|admission|discharge|er\s+visit|hospitali[sz]ation|biopsy|scan)\s+(?:on|last|this|yesterday|today|with\s+us|here|at\s+our)\b/gi,
    /\byour\s+(?:test\s+|lab\s+|biopsy\s+|scan\s+)?results\s+(?:are|were|came|show|showed|look|should\s+be)\b/gi,
    new RegExp(`\\bduring\\s+your\\s+(?:${WORD}\\s+)?(?:visit|stay|appointment|procedure|admission|treatment)\\b`, 'gi'),
  ],
);
