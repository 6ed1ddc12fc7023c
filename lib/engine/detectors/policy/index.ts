import type { Detector } from '../../detector';

/** Built-in detectors behind the baseline's policy rules (the rest of the policy rules are pack terms/regexes). */
export const policyDetectors: readonly Detector[] = [];
