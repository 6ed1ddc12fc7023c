import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/popup/popup.css';
import { App } from './App';

document.title = browser.i18n.getMessage('extName') || 'PHI Guard';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App search={location.search} />
  </StrictMode>,
);
