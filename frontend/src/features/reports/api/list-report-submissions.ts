import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { reportKeys, type ReportSubmissionPage, type SubmissionQuery } from './types';

/** For the receiving committee: which direct subordinates submitted, are late or missing. */
export async function listReportSubmissions(organizationId: string, q: SubmissionQuery): Promise<ReportSubmissionPage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/report-submissions', {
      params: { path: { id: organizationId }, query: { ...q } },
    }),
  );
}

export function useReportSubmissions(organizationId: string, q: SubmissionQuery) {
  return useQuery(
    queryOptions({
      queryKey: reportKeys.submissions(organizationId, q),
      queryFn: () => listReportSubmissions(organizationId, q),
      placeholderData: keepPreviousData,
    }),
  );
}
