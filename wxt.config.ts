import { defineConfig } from 'wxt';

// See docs: architecture.md. Host permissions are the three target sites only; other sites are opt-in
// optional permissions granted from the popup.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'PHI Guard',
    description: 'Checks social-media drafts for patient health information and policy problems, on your device.',
    permissions: ['storage'],
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
