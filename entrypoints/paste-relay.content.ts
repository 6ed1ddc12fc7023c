import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPasteRelay } from '@/lib/sites/paste-relay';

// Runs in the page's world on the same sites as the composer script (entrypoints/composer.content), so the
// paste it dispatches carries its text in Firefox too; for user-enabled sites it is registered at run time
// next to the composer script (lib/background/generic-sites.ts).
export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    startPasteRelay();
  },
});
