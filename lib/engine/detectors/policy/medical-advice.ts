import { patternDetector } from './pattern-detector';

/**
 * Individual medical advice in a reply: telling one person to start, stop or change a medicine, or telling
 * them what they have. The Federation of State Medical Boards' "Social Media and Electronic Communications"
 * policy and the AMA (Code of Medical Ethics Opinion 2.3.2) advise against individual advice on social media;
 * the pack rule limits this detector to replies and comments.
 */
const DRUGS =
  '(?:\\d{1,4}\\s?mg|ibuprofen|tylenol|acetaminophen|paracetamol|advil|motrin|aspirin|aleve|naproxen|benadryl|' +
  'antibiotics?|antidepressants?|meds|medications?|medicines?|pills?|tablets?|insulin|vitamins?|supplements?|melatonin|' +
  'steroids?|prednisone|antihistamines?|probiotics?|statins?|metformin|dose|dosage|doses|inhaler|birth\\s+control|' +
  'blood\\s+thinners?|painkillers?)';
const CONDITIONS =
  '(?:infection|uti|strep|flu|covid|pneumonia|bronchitis|migraines?|diabetes|depression|anxiety|adhd|autism|cancer|' +
  'tumou?r|concussion|fracture|sprain|appendicitis|gallstones|kidney\\s+stones?|shingles|lyme|mono|allerg(?:y|ies)|' +
  'asthma|ibs|gerd|reflux|vertigo|hypertension|high\\s+blood\\s+pressure|sleep\\s+apnea|long\\s+covid|[a-z]{3,20}itis)';
const WORD = "[a-z'’]{1,20}";

export const medicalAdviceDetector = patternDetector(
  'medical-advice',
  'Advice to one person to start, stop or change a medicine, or telling them what they have (FSMB; AMA 2.3.2).',
  [
    new RegExp(
      `\\b(?:you\\s+(?:should|need\\s+to|must|have\\s+to|ought\\s+to|could|can)\\s+(?:${WORD}\\s+)?|just\\s+|try\\s+)` +
        '(?:take|taking|start|starting|stop|stopping|quit|try|use|skip|double|increase|decrease|lower|raise|cut\\s+back\\s+on|come\\s+off|get\\s+off)\\s+' +
        `(?:${WORD}\\s+){0,2}?${DRUGS}\\b`,
      'gi',
    ),
    /\bstop\s+taking\s+(?:your|the|those|these|that|this)\b/gi,
    new RegExp(
      `\\b(?:increase|decrease|double|halve|lower|raise|up|reduce|cut|skip)\\s+your\\s+(?:${WORD}\\s+)?(?:dose|dosage|doses|meds|medications?|insulin|pills?)\\b`,
      'gi',
    ),
    new RegExp(
      "\\byou\\s+(?:probably\\s+|likely\\s+|definitely\\s+|clearly\\s+|must\\s+)?(?:have|'ve\\s+got|have\\s+got|are\\s+suffering\\s+from)\\s+" +
        `(?:a\\s+|an\\s+)?(?:${WORD}\\s+)?${CONDITIONS}\\b`,
      'gi',
    ),
    /\byou\s+(?:don'?t|do\s+not)\s+need\s+(?:to\s+(?:see|go\s+to|visit)\s+(?:a\s+|the\s+|your\s+)?(?:doctor|er|emergency\s+room|hospital|dentist)|antibiotics|surgery|stitches|an?\s+x-?ray)\b/gi,
  ],
);
