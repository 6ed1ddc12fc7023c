import { savePackVersion } from '../db';
import { openTestDb } from '../db/test-db';
import { makeTestPack } from '../policy/test-pack';
import { createBackgroundContext, type BackgroundContext } from './context';
import { prepareStorage } from './install';

/**
 * Test support: an installed extension's storage with a small organisation pack on top of the baseline. Its
 * rules make the findings certain whatever the baseline's detectors find: the patient's name, a bed number
 * and a US phone number in parentheses.
 */
export const orgPack = makeTestPack({
  variables: { orgPhone: '(555) 010-0000' },
  rules: [
    {
      id: 'org.test.patient-name',
      category: 'phi',
      type: 'name',
      severity: 'block',
      message: 'Patient name',
      explanation: '45 CFR 164.514(b)(2)(i)(A)',
      match: { kind: 'terms', terms: ['Maria Alvarez'] },
    },
    {
      id: 'org.test.bed',
      category: 'phi',
      type: 'quasi-identifier',
      severity: 'warn',
      message: 'Bed number',
      explanation: 'Example Health privacy policy 2.1',
      match: { kind: 'regex', pattern: 'bed [0-9]{1,3}' },
    },
    {
      id: 'org.test.phone',
      category: 'phi',
      type: 'phone',
      severity: 'block',
      message: 'Phone number',
      explanation: '45 CFR 164.514(b)(2)(i)(D)',
      match: { kind: 'regex', pattern: '\\([0-9]{3}\\) [0-9]{3}-[0-9]{4}' },
    },
  ],
  situations: [
    { id: 'phi-inquiry', label: 'Asks about their own care', priority: 500, match: { kind: 'terms', terms: ['my test results'] } },
  ],
  templates: [
    { id: 'org.secure-channel', title: 'Move to a secure channel', situations: ['phi-inquiry'], body: 'Please call us at {{orgPhone}}.' },
  ],
  settings: {
    overrideReasons: ['The person gave written consent (authorization on file)'],
  },
});

const NOW = () => 1_800_000_000_000;

/** A freshly installed extension, with the organisation pack imported unless `withOrgPack` is false. */
export async function installedContext({ now = NOW, withOrgPack = true }: { now?: () => number; withOrgPack?: boolean } = {}): Promise<
  BackgroundContext & { factory: IDBFactory }
> {
  const { db, factory } = openTestDb();
  await prepareStorage(db, now());
  if (withOrgPack) await savePackVersion(db, { pack: orgPack, source: 'options', signature: 'unsigned' });
  return { ...createBackgroundContext(db, now), factory };
}

/** The same storage seen by a new service worker: a new connection and an empty cache. */
export function restartedContext(factory: IDBFactory, now: () => number = NOW): BackgroundContext {
  return createBackgroundContext(openTestDb(factory).db, now);
}
