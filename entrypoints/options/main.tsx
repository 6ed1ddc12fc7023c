import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/options/options.css';
import { t } from '@/lib/i18n';
import { registerImportedEngines } from '@/lib/policy/imported-engines';
import { loadEngine } from '@/lib/policy/optional-engines';
import { App } from './App';

document.title = t('optionsTitle');

// The pack editor checks regex rules as they are typed, synchronously: load that engine before it renders
// (a failure leaves such rules reported as not compiling).
registerImportedEngines();
void loadEngine('regex')
  .catch(() => undefined)
  .finally(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
