import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { resetLanguageFromStorage } from '@/lib/i18n/i18n';
import { resetExpanded } from '@/features/organizations/components/expanded-store';

// jsdom has no layout: scrolling is a no-op.
window.scrollTo = () => {};

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  resetLanguageFromStorage();
  resetExpanded();
});
