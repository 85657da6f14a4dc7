import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type MeetingSummary } from './types';

export async function listMyMeetings(): Promise<MeetingSummary[]> {
  return unwrap(await api().GET('/api/v1/me/meetings'));
}

export const myMeetingsQueryOptions = () => queryOptions({ queryKey: meetingKeys.mine(), queryFn: listMyMeetings });

export function useMyMeetings() {
  return useQuery(myMeetingsQueryOptions());
}
