import type { FindingType, Severity } from '@/lib/engine/finding';
import { t, type MessageKey } from '@/lib/i18n';

/** Message ids of the short, plain names for the kinds of findings, shown on each card. */
const TYPE_KEYS: Record<FindingType, MessageKey> = {
  'name': 'findingTypeName',
  'location': 'findingTypeLocation',
  'date': 'findingTypeDate',
  'age': 'findingTypeAge',
  'phone': 'findingTypePhone',
  'fax': 'findingTypeFax',
  'email': 'findingTypeEmail',
  'ssn': 'findingTypeSsn',
  'mrn': 'findingTypeMrn',
  'health-plan': 'findingTypeHealthPlan',
  'account': 'findingTypeAccount',
  'license': 'findingTypeLicense',
  'vehicle': 'findingTypeVehicle',
  'device': 'findingTypeDevice',
  'url': 'findingTypeUrl',
  'ip': 'findingTypeIp',
  'biometric': 'findingTypeBiometric',
  'photo': 'findingTypePhoto',
  'other-id': 'findingTypeOtherId',
  'quasi-identifier': 'findingTypeQuasiIdentifier',
  'misinformation': 'findingTypeMisinformation',
  'consent': 'findingTypeConsent',
  'medical-advice': 'findingTypeMedicalAdvice',
  'patient-confirmation': 'findingTypePatientConfirmation',
  'professionalism': 'findingTypeProfessionalism',
  'promotion': 'findingTypePromotion',
  'crisis': 'findingTypeCrisis',
  'accessibility': 'findingTypeAccessibility',
  'platform-limit': 'findingTypePlatformLimit',
  'link': 'findingTypeLink',
};

/** The kind of finding in the user's language. */
export function typeLabel(type: FindingType): string {
  return t(TYPE_KEYS[type]);
}

// Getters, so each label is looked up when shown rather than when the module loads.
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  get block() {
    return t('severityBlock');
  },
  get warn() {
    return t('severityWarn');
  },
  get info() {
    return t('severityInfo');
  },
};

export function worstSeverity(severities: readonly Severity[]): Severity | null {
  if (severities.includes('block')) return 'block';
  if (severities.includes('warn')) return 'warn';
  return severities.length ? 'info' : null;
}
