// The set-up most end-to-end files share: one Chromium with the production build, the fixture pages served at
// the sites' real hostnames, launched before the file's tests and closed after them. Kept apart from
// harness.ts because it registers vitest hooks, and harness.ts also serves the bench and screenshot scripts.
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionSession, launchWithExtension, serveFixtures } from './harness';

/**
 * Returns the file's session; its fields are filled in by the time the first test runs. `prepare` runs after
 * the launch and before the fixtures are served, for listeners that must see every request.
 */
export function useFixtureSession(prepare?: (session: ExtensionSession) => void): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    Object.assign(session, await launchWithExtension());
    prepare?.(session);
    await serveFixtures(session.context);
  });
  afterAll(async () => {
    await session.close?.();
  });
  return session;
}
