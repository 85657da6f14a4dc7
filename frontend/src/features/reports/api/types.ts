import type { components, operations } from '@/lib/api/schema';

type S = components['schemas'];

export type ReportKind = S['ReportKind'];
export type ReportStatus = S['ReportStatus'];
export type ReportSubmissionStatus = S['ReportSubmissionStatus'];
export type PeriodicReport = S['PeriodicReport'];
export type PeriodicReportPage = S['PeriodicReportPage'];
export type PeriodicReportRevision = S['PeriodicReportRevision'];
export type PeriodicReportRevisionPage = S['PeriodicReportRevisionPage'];
export type ReportSections = S['ReportSections'];
export type ReportSignature = S['ReportSignature'];
export type ReportSubmissionPage = S['ReportSubmissionPage'];
export type ReportUpdate = S['PeriodicReportUpdate'];
export type ReportResubmission = S['PeriodicReportResubmission'];
export type SubmissionParams = operations['listReportSubmissions']['parameters']['query'];

export interface SubmissionQuery {
  kind: ReportKind;
  period: string;
  status?: ReportSubmissionStatus;
  page: number;
  size: number;
}

export const reportKeys = {
  all: ['periodic-reports'] as const,
  list: (orgId: string, kind: ReportKind | undefined, page: number) =>
    ['periodic-reports', orgId, 'list', kind ?? '', page] as const,
  detail: (id: string) => ['periodic-reports', 'detail', id] as const,
  revisions: (id: string) => ['periodic-reports', 'revisions', id] as const,
  submissions: (orgId: string, q: SubmissionQuery) => ['periodic-reports', orgId, 'submissions', q] as const,
};
