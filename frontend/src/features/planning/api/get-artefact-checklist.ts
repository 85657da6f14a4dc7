import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { PAGE_SIZE, artefactKeys, type ArtefactChecklist } from './types';

/** BR-P7: the term-start and annual artefacts of a subtree's cells for a year, counts over all and a page of cells. */
export async function getArtefactChecklist(organizationId: string, year: number, page = 0): Promise<ArtefactChecklist> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/artefact-checklist', {
      params: { path: { id: organizationId }, query: { year, page, size: PAGE_SIZE } },
    }),
  );
}

export const artefactChecklistQueryOptions = (organizationId: string, year: number, page = 0) =>
  queryOptions({
    queryKey: artefactKeys.checklist(organizationId, year, page),
    queryFn: () => getArtefactChecklist(organizationId, year, page),
    placeholderData: keepPreviousData,
  });

export function useArtefactChecklist(organizationId: string, year: number, page = 0) {
  return useQuery(artefactChecklistQueryOptions(organizationId, year, page));
}
