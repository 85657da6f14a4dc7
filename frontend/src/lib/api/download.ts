import { api } from './client';
import { ApiError, unwrap } from './problem';
import type { paths } from './schema';

/** The spreadsheet formats every list can be downloaded as (the path's extension picks one). */
export type ExportFormat = 'xlsx' | 'csv';

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/** The Accept header of an export: the file, or a problem when it is refused. */
export const exportAccept = (format: ExportFormat) => `${EXPORT_MEDIA_TYPES[format]}, application/problem+json`;

/**
 * The download name from Content-Disposition: the UTF-8 `filename*` (RFC 6266) when present,
 * else the ASCII `filename`, else the fallback.
 */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall through to the ASCII name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(disposition) ?? /filename\s*=\s*([^;]+)/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/**
 * Saves a file fetched through the authenticated API client: a plain link cannot carry the bearer
 * token, so the body is fetched, turned into a blob URL and clicked, and the URL is released after.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Browsers read the URL after click() returns, and a phone may open a PDF from it a while later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What openapi-fetch returns for a call made with parseAs: 'blob'. */
interface BlobResult {
  data?: Blob;
  error?: unknown;
  response: Response;
}

/** Turns an export call's result into a saved file, or throws its problem as an ApiError. */
export function saveExport(result: BlobResult, fallbackName: string): string {
  const blob = unwrap(result);
  if (!(blob instanceof Blob)) throw new ApiError({ status: result.response.status, title: 'Empty download' });
  const name = fileNameOf(result.response.headers.get('Content-Disposition'), fallbackName);
  saveBlob(blob, name);
  return name;
}

/** The lists that can be downloaded: every path with a `.xlsx` twin (and a `.csv` one), without the extension. */
export type ExportableList = {
  [P in keyof paths]: P extends `${infer List}.xlsx` ? (`${List}.csv` extends keyof paths ? List : never) : never;
}[keyof paths];

/**
 * Downloads a whole list (every page) with the screen's filters in the chosen format and saves it under the
 * server's file name; returns that name. `params` are the list's own, without paging.
 */
export async function exportList(
  list: ExportableList,
  params: { path: Record<string, string>; query?: Record<string, unknown> },
  format: ExportFormat,
  fallbackName: string,
): Promise<string> {
  // The path is one of the contract's export paths (checked by ExportableList); its parameters are the list's.
  const client = api();
  const get = client.GET.bind(client) as unknown as (path: string, init: object) => Promise<BlobResult>;
  const result = await get(`${list}.${format}`, {
    params,
    headers: { Accept: exportAccept(format) },
    parseAs: 'blob',
  });
  return saveExport(result, `${fallbackName}.${format}`);
}
