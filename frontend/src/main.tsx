import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getLanguage } from '@/lib/i18n/i18n';
import { App } from '@/app/app';
import './index.css';

document.documentElement.lang = getLanguage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
