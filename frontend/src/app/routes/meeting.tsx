import { useParams } from 'wouter';
import { MeetingScreen } from '@/features/meetings/components/meeting-screen';

export default function MeetingRoute() {
  const { id, tab } = useParams<{ id: string; tab?: string }>();
  return <MeetingScreen key={id} id={id} step={tab} />;
}
