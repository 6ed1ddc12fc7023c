import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { PhiGuardDb } from './database';

/**
 * Test support: a database on its own in-memory IndexedDB, so tests never see each other's rows. Reopening with
 * the same `factory` is what a service-worker restart looks like to the database.
 */
export function openTestDb(factory: IDBFactory = new IDBFactory()): { db: PhiGuardDb; factory: IDBFactory } {
  return { db: new PhiGuardDb({ indexedDB: factory, IDBKeyRange }), factory };
}
