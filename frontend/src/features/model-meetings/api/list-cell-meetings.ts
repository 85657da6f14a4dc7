import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { modelKeys } from './types';

export type CellMeeting = components['schemas']['MeetingSummary'];

/** A chosen cell's meetings of the year, to link one as the model meeting. */
export async function listCellMeetings(cellId: string, year: number): Promise<CellMeeting[]> {
  const page = unwrap(
    await api().GET('/api/v1/organizations/{id}/meetings', {
      params: { path: { id: cellId }, query: { from: `${year}-01-01`, to: `${year}-12-31`, size: 200 } },
    }),
  );
  return page.items.filter((m) => m.status !== 'CANCELLED');
}

export const cellMeetingsQueryOptions = (cellId: string, year: number) =>
  queryOptions({
    queryKey: [...modelKeys.all, 'cell-meetings', cellId, year] as const,
    queryFn: () => listCellMeetings(cellId, year),
  });

export function useCellMeetings(cellId: string, year: number) {
  return useQuery(cellMeetingsQueryOptions(cellId, year));
}
