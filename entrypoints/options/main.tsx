import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/options/options.css';
import { t } from '@/lib/i18n';
import { App } from './App';

document.title = t('optionsTitle');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
