import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

/**
 * Files need the bearer token, so a plain link cannot fetch them: fetch as a blob, then hand the
 * browser an object URL to save or show.
 */
function blobOf(result: { data?: Blob; error?: unknown; response: Response }): Blob {
  if (!result.response.ok || !result.data) throw toApiError(result.response, result.error);
  return result.data;
}

export async function fetchDocument(meetingId: string, documentId: string): Promise<Blob> {
  return blobOf(
    await api().GET('/api/v1/meetings/{id}/documents/{documentId}', {
      params: { path: { id: meetingId, documentId } },
      parseAs: 'blob',
      headers: { Accept: '*/*' },
    }),
  );
}

export async function fetchMinutesPdf(meetingId: string): Promise<Blob> {
  return blobOf(
    await api().GET('/api/v1/meetings/{id}/minutes.pdf', {
      params: { path: { id: meetingId } },
      parseAs: 'blob',
      headers: { Accept: 'application/pdf, application/problem+json' },
    }),
  );
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function fetchMinutesDocx(meetingId: string): Promise<Blob> {
  return blobOf(
    await api().GET('/api/v1/meetings/{id}/minutes.docx', {
      params: { path: { id: meetingId } },
      parseAs: 'blob',
      headers: { Accept: `${DOCX}, application/problem+json` },
    }),
  );
}

export async function fetchResolutionDocx(meetingId: string): Promise<Blob> {
  return blobOf(
    await api().GET('/api/v1/meetings/{id}/resolution.docx', {
      params: { path: { id: meetingId } },
      parseAs: 'blob',
      headers: { Accept: `${DOCX}, application/problem+json` },
    }),
  );
}

export async function fetchResolutionPdf(meetingId: string): Promise<Blob> {
  return blobOf(
    await api().GET('/api/v1/meetings/{id}/resolution.pdf', {
      params: { path: { id: meetingId } },
      parseAs: 'blob',
      headers: { Accept: 'application/pdf, application/problem+json' },
    }),
  );
}
