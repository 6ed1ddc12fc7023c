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
});
