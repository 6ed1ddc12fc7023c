import { createRoot } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PageOverlay } from '@/components/PageOverlay';
import { PhotoNotices } from '@/components/PhotoNotice';
// Inlined into the bundle and applied inside our shadow root only: no web-accessible resource to expose.
import overlayCss from '@/components/overlay.css?inline';
import { startComposerChecks } from '@/lib/content/start-composer-checks';

// The three target sites are host permissions; other sites get the generic adapter only when the user
// enables them (registered at run time for the origins they grant).
export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*'],
  cssInjectionMode: 'manual',
  async main(ctx) {
    const controller = await startComposerChecks(ctx.signal);
    if (!controller) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'phi-guard-ui',
      position: 'overlay',
      anchor: 'body',
      css: overlayCss,
      // Our keystrokes must not trigger the site's shortcuts (X's "n", LinkedIn's "/").
      isolateEvents: true,
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <>
            <PageOverlay actions={controller.actions} />
            <PhotoNotices />
          </>,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
  },
});
