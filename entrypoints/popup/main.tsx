import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/popup/popup.css';
import { t } from '@/lib/i18n';
import { App } from './App';

document.title = t('extName');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App search={location.search} />
  </StrictMode>,
);
