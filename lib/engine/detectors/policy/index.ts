import type { Detector } from '../../detector';
import { healthMythDetector } from './health-myth';
import { cureClaimDetector } from './cure-claim';
import { unsourcedStatisticDetector } from './unsourced-statistic';
import { vagueAuthorityDetector } from './vague-authority';
import { patientStoryDetector } from './patient-story';
import { hashtagCaseDetector } from './hashtag-case';
import { allCapsDetector } from './all-caps';
import { emojiWallDetector } from './emoji-wall';
import { xWeightedLengthDetector } from './x-weighted-length';
import { lengthLimitDetector } from './length-limit';
import { shortenedLinkDetector } from './shortened-link';
import { unapprovedLinkDetector } from './unapproved-link';
import { medicalAdviceDetector } from './medical-advice';
import { patientConfirmationDetector } from './patient-confirmation';
import { disparagingDetector } from './disparaging';
import { guaranteedOutcomeDetector, superlativeDetector } from './promotional-claim';

/** Built-in detectors behind the baseline's policy rules (the rest of the policy rules are pack term lists). */
export const policyDetectors: readonly Detector[] = [
  healthMythDetector, // misinformation: myths corrected by WHO, CDC, FDA, NCI
  cureClaimDetector, // misinformation: cure and guarantee claims (FTC, FDA health fraud)
  unsourcedStatisticDetector, // misinformation: statistics without a source
  vagueAuthorityDetector, // misinformation: claims credited to unnamed experts
  patientStoryDetector, // consent: patient stories without consent wording
  medicalAdviceDetector, // medical advice to one person (replies)
  patientConfirmationDetector, // confirming someone is a patient (replies)
  disparagingDetector, // professionalism: disparaging patients or colleagues
  superlativeDetector, // promotion: superlatives
  guaranteedOutcomeDetector, // promotion: guaranteed outcomes
  hashtagCaseDetector, // accessibility: CamelCase hashtags
  allCapsDetector, // accessibility: long ALL-CAPS runs
  emojiWallDetector, // accessibility: emoji walls
  xWeightedLengthDetector, // platform limit: X's weighted 280
  lengthLimitDetector, // platform limit: plain character limits
  shortenedLinkDetector, // links: URL shorteners
  unapprovedLinkDetector, // links: domains outside the approved list
];
