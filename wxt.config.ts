import { defineConfig } from 'wxt';

// See docs: architecture.md. Host permissions are the three target sites only; other sites are opt-in
// optional permissions granted from the popup.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    // Store-facing strings come from public/_locales (see lib/i18n.ts); the popup's <title> is the action's.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Only the extension's own files run in its pages and worker: no remote scripts, no eval (PRIVACY.md).
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // Firefox: a fixed add-on id (MV3 needs one to sign; Firefox enterprise policies.json addresses the add-on
    // by it) and the built-in data-consent declaration, read by Firefox 140 and later — older versions reject
    // the key, hence the minimum. https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
    browser_specific_settings: {
      gecko: {
        id: 'phi-guard@phi-guard.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads the data-consent key from 142.
      gecko_android: { strict_min_version: '142.0' },
    },
    // scripting: registers the composer script on the sites the user switches on from the popup.
    // activeTab: lets the popup read the current tab's address (to offer that site's switch) only when the
    // user opens it, instead of the "tabs" permission's access to every tab's address.
    permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
    // Other sites are opt-in, one origin at a time: the popup requests `https://<that host>/*` from the
    // user's click, and nothing is granted at install. https only.
    optional_host_permissions: ['https://*/*'],
    // The three target sites, which the composer content script already matches (so no new install warning):
    // switching one back on from the popup starts checking in its open tab without a reload.
    host_permissions: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*'],
    // Enterprise policy keys (Chrome/Edge `3rdparty` extension policy); see lib/background/managed-policy.ts.
    storage: { managed_schema: 'managed_schema.json' },
    // A fixed public key pins the id of unpacked installs (ooegekdpbnhnenmpjcjbkieofkhobolh), so an enterprise
    // policy written for that id applies to them; the store assigns store installs their own id.
    key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsvAM1BsJrKB0jTxTU+Xi538V6oxyD4yFoxDyGC8qA+h+GtDynHng2Uw76pI7UajzbowV+NiPpPhSxjjvSFiKQmRfGhQsoNWU29gzhWaVW1oTFvCAcuJZ5coS4WYh791nHcnL52xP3KAv4R7s+hqRg184SsB4LPKohhqlhtv0J/vMZS5WW9YC07l6tOoNuzEaWF5Qy3vrwK8jrOZ1vLfEAwIy0WIcdD5i3rRo9jDj1WYQvtXT4pjegJDSCsBACPORn4w2LzSlMHhmkBI9bbYOY5ahKEJuL7zzNOc7sAVMAQaptlml+426BhZkmsUh1ZYPR56QDTQMoOO6ZnVQtTf6LQIDAQAB',
  },
  hooks: {
    // The content script runs on every page load of the sites and has a 60 KB gzip budget; React DOM alone is
    // about that. It renders through preact/compat, which implements the same React API in a tenth of the
    // size; extension pages (popup, options) keep React.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.resolve ??= {};
      config.resolve.alias = {
        ...(config.resolve.alias as Record<string, string> | undefined),
        'react-dom/client': 'preact/compat/client',
        'react-dom': 'preact/compat',
        'react/jsx-runtime': 'preact/jsx-runtime',
        'react/jsx-dev-runtime': 'preact/jsx-runtime',
        react: 'preact/compat',
      };
    },
  },
});
