import type { Detector } from '../detector';
import { nameDetector } from './name';
import { locationDetector } from './location';
import { dateDetector } from './date';
import { ageDetector } from './age';
import { phoneDetector } from './phone';
import { emailDetector } from './email';
import { ssnDetector } from './ssn';
import { mrnDetector } from './mrn';
import { healthPlanDetector } from './health-plan';
import { accountDetector } from './account';
import { licenseDetector } from './license';
import { vehicleDetector } from './vehicle';
import { deviceDetector } from './device';
import { urlDetector } from './url';
import { ipDetector } from './ip';
import { otherIdDetector } from './other-id';
import { quasiIdentifierDetector } from './quasi-identifier';
import { policyDetectors } from './policy';
import { replyRepeatDetector } from './reply-repeat';

/**
 * Every built-in detector, by id. Pack rules refer to these ids; adding a detector is one file and one line.
 * PHI detectors follow the Safe Harbor list, 45 CFR 164.514(b)(2)(i)(A)–(R).
 */
export const detectors: readonly Detector[] = [
  nameDetector, // (A) names
  locationDetector, // (B) geographic subdivisions smaller than a state
  dateDetector, // (C) date elements other than the year
  ageDetector, // (C) ages over 89
  phoneDetector, // (D) telephone and (E) fax numbers
  emailDetector, // (F) email addresses
  ssnDetector, // (G) social security numbers
  mrnDetector, // (H) medical record numbers
  healthPlanDetector, // (I) health plan beneficiary numbers
  accountDetector, // (J) account numbers
  licenseDetector, // (K) certificate/license numbers
  vehicleDetector, // (L) vehicle identifiers and serial numbers, including license plates
  deviceDetector, // (M) device identifiers and serial numbers
  urlDetector, // (N) web URLs
  ipDetector, // (O) IP addresses
  otherIdDetector, // (R) any other unique identifying number, characteristic, or code
  quasiIdentifierDetector, // combinations that re-identify (164.514(b)(2)(ii) "actual knowledge")
  replyRepeatDetector, // replies repeating PHI the commenter disclosed (164.502(a))
  ...policyDetectors,
];

const byId = new Map(detectors.map((d) => [d.id, d]));

export function findDetector(id: string): Detector | undefined {
  return byId.get(id);
}
