import type { PackInput } from '../schema';

type RuleInput = NonNullable<PackInput['rules']>[number];

const SAFE_HARBOR = 'HIPAA Privacy Rule, Safe Harbor de-identification, 45 CFR 164.514(b)(2)(i)';

function phi(
  detector: string,
  type: RuleInput['type'],
  clause: string,
  message: string,
  why: string,
  severity: RuleInput['severity'] = 'block',
): RuleInput {
  return {
    id: `phi.${detector}`,
    category: 'phi',
    type,
    severity,
    message,
    explanation: `${why} ${SAFE_HARBOR}(${clause}).`,
    match: { kind: 'detector', detector },
  };
}

/**
 * One rule per Safe Harbor identifier kind that text can carry, each backed by a built-in detector. The
 * severity is the ceiling: detectors lower it to a warning through confidence (a generic link, a bare "#123").
 */
export const phiRules: RuleInput[] = [
  phi('name', 'name', 'A', 'Name of a person who may be a patient or a relative',
    'Names of patients, their relatives, employers and household members identify them.'),
  phi('location', 'location', 'B', 'Place more specific than a state',
    'Street addresses, cities, counties, precincts and ZIP codes (beyond the first three digits of a populous ZIP3) identify where a patient lives or was treated.'),
  phi('date', 'date', 'C', 'Date more specific than the year',
    'Every element of a date except the year (admission, discharge, birth, death, service dates) narrows who the patient is.'),
  phi('age', 'age', 'C', 'Age over 89',
    'Ages over 89, and any date element that implies them, must be aggregated into a single "90 or older" category.'),
  phi('phone', 'phone', 'D', 'Telephone number',
    'Telephone numbers identify a person directly. Fax numbers fall under clause (E).'),
  phi('email', 'email', 'F', 'Email address',
    'Electronic mail addresses identify a person directly.'),
  phi('ssn', 'ssn', 'G', 'Social Security number',
    'Social Security numbers identify a person directly and enable identity theft.'),
  phi('mrn', 'mrn', 'H', 'Medical record number',
    'Medical record numbers identify a patient within the organisation.'),
  phi('health-plan', 'health-plan', 'I', 'Health plan or member ID',
    'Health plan beneficiary numbers identify the insured patient.'),
  phi('account', 'account', 'J', 'Account or card number',
    'Account numbers (billing accounts, payment cards, bank accounts) identify the patient.'),
  phi('license', 'license', 'K', 'Certificate or licence number',
    'Certificate and licence numbers (driver licence, DEA, NPI, professional licences) identify a person.'),
  phi('vehicle', 'vehicle', 'L', 'Vehicle identifier',
    'Vehicle identifiers and serial numbers, including licence plates and VINs, identify the owner.'),
  phi('device', 'device', 'M', 'Device identifier or serial number',
    'Device identifiers and serial numbers (implants, pumps, monitors) identify the patient they belong to.'),
  phi('url', 'url', 'N', 'Web address that may identify a person',
    'Web URLs that point to a person (a profile, a fundraiser, a personal page) identify them.'),
  phi('ip', 'ip', 'O', 'IP address',
    'Internet Protocol address numbers identify a device and often its owner.'),
  phi('other-id', 'other-id', 'R', 'Identifying number or code',
    'Any other unique identifying number, characteristic or code can identify a patient.'),
  {
    id: 'phi.quasi-identifier',
    category: 'phi',
    type: 'quasi-identifier',
    severity: 'warn',
    message: 'Details that together could identify a patient',
    explanation:
      'Individually harmless details — a room or bed, a recent time, a rare condition, a place — can together ' +
      'point to one patient. Safe Harbor also requires that the organisation have no actual knowledge that the ' +
      'remaining information could identify the individual, 45 CFR 164.514(b)(2)(ii).',
    match: { kind: 'detector', detector: 'quasi-identifier' },
  },
  {
    id: 'phi.reply.repeats-disclosure',
    category: 'phi',
    type: 'other-id',
    severity: 'block',
    message: 'Repeats personal information the commenter shared',
    explanation:
      'What a person discloses about themselves in a comment is still their health information: an organisation ' +
      'that writes it back in a public reply discloses it itself and confirms they are a patient. Answer without ' +
      `the detail and move the conversation to a private channel. ${SAFE_HARBOR}; uses and disclosures, 45 CFR 164.502(a).`,
    // Only replies carry the comment they answer (`replyTo`), so the detector needs no surface condition.
    match: { kind: 'detector', detector: 'reply-repeat' },
    templates: ['phi-secure-channel'],
  },
];
