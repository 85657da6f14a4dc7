import { MeetingsHome } from '@/features/meetings/components/meetings-home';

export default function MeetingsHomeRoute() {
  return <MeetingsHome />;
}
