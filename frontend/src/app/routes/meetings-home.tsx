import { MyAlerts } from '@/features/alerts/components/my-alerts';
import { MeetingsHome } from '@/features/meetings/components/meetings-home';

export default function MeetingsHomeRoute() {
  return <MeetingsHome alerts={<MyAlerts />} />;
}
