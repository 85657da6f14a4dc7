import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { resetLanguageFromStorage } from '@/lib/i18n/i18n';
import { resetExpanded } from '@/features/organizations/components/expanded-store';
import { resetMeetingOutboxes } from '@/features/meetings/offline/use-meeting-outbox';

// jsdom's FormData/File/Blob are not the ones Node's fetch (undici) understands, so a multipart
// body built in a test would reach the mock API as "undefined". Use Node's own classes, as a
// browser's fetch and FormData belong together.
const nodeFormData = (await new Response(new URLSearchParams()).formData()).constructor as typeof FormData;
const { Blob: NodeBlob, File: NodeFile } = await import('node:buffer');
Object.assign(globalThis, { FormData: nodeFormData, Blob: NodeBlob, File: NodeFile });

// jsdom has no layout: scrolling is a no-op.
window.scrollTo = () => {};

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  resetLanguageFromStorage();
  resetExpanded();
  resetMeetingOutboxes();
});
