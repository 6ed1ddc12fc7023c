import type { FindingType, Severity } from '@/lib/engine/finding';

/** Short, plain names for the kinds of findings, shown on each card. */
export const TYPE_LABELS: Record<FindingType, string> = {
  name: 'Name',
  location: 'Location',
  date: 'Date',
  age: 'Age over 89',
  phone: 'Phone number',
  fax: 'Fax number',
  email: 'Email address',
  ssn: 'Social Security number',
  mrn: 'Medical record number',
  'health-plan': 'Health plan ID',
  account: 'Account number',
  license: 'Licence number',
  vehicle: 'Vehicle identifier',
  device: 'Device identifier',
  url: 'Web address',
  ip: 'IP address',
  biometric: 'Biometric identifier',
  photo: 'Identifiable photo',
  'other-id': 'Identifying number',
  'quasi-identifier': 'Identifying details',
  misinformation: 'Health misinformation',
  consent: 'Consent',
  'medical-advice': 'Medical advice',
  'patient-confirmation': 'Confirms a patient',
  professionalism: 'Professionalism',
  promotion: 'Promotional claim',
  crisis: 'Crisis language',
  accessibility: 'Accessibility',
  'platform-limit': 'Length limit',
  link: 'Link',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  block: 'Must fix before posting',
  warn: 'Worth a second look',
  info: 'Suggestion',
};

export function worstSeverity(severities: readonly Severity[]): Severity | null {
  if (severities.includes('block')) return 'block';
  if (severities.includes('warn')) return 'warn';
  return severities.length ? 'info' : null;
}
