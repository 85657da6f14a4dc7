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

/** The document pack for the Sổ tay app (zip): published documents, agenda and, once approved, the records. */
export async function fetchDocumentPack(meetingId: string): Promise<Blob> {
  return blobOf(
    await api().GET('/api/v1/meetings/{id}/document-pack', {
      params: { path: { id: meetingId } },
      parseAs: 'blob',
      headers: { Accept: 'application/zip, application/problem+json' },
    }),
  );
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type RecordPath =
  | '/api/v1/meetings/{id}/minutes.pdf'
  | '/api/v1/meetings/{id}/minutes.docx'
  | '/api/v1/meetings/{id}/resolution.pdf'
  | '/api/v1/meetings/{id}/resolution.docx';

/** A printed record of the meeting (minutes or resolution, PDF or Word); a refusal comes as problem+json. */
async function fetchRecord(path: RecordPath, meetingId: string, type: string): Promise<Blob> {
  return blobOf(
    await api().GET(path, {
      params: { path: { id: meetingId } },
      parseAs: 'blob',
      headers: { Accept: `${type}, application/problem+json` },
    }),
  );
}

export const fetchMinutesPdf = (meetingId: string) => fetchRecord('/api/v1/meetings/{id}/minutes.pdf', meetingId, PDF);
export const fetchMinutesDocx = (meetingId: string) =>
  fetchRecord('/api/v1/meetings/{id}/minutes.docx', meetingId, DOCX);
export const fetchResolutionPdf = (meetingId: string) =>
  fetchRecord('/api/v1/meetings/{id}/resolution.pdf', meetingId, PDF);
export const fetchResolutionDocx = (meetingId: string) =>
  fetchRecord('/api/v1/meetings/{id}/resolution.docx', meetingId, DOCX);
