import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type ListMeetingsQuery, type MeetingPage } from './types';

export async function listMeetings(organizationId: string, query: ListMeetingsQuery): Promise<MeetingPage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/meetings', { params: { path: { id: organizationId }, query } }),
  );
}

export const meetingsQueryOptions = (organizationId: string, query: ListMeetingsQuery) =>
  queryOptions({
    queryKey: meetingKeys.list(organizationId, query),
    queryFn: () => listMeetings(organizationId, query),
    placeholderData: keepPreviousData,
  });

export function useMeetings(organizationId: string, query: ListMeetingsQuery) {
  return useQuery(meetingsQueryOptions(organizationId, query));
}
