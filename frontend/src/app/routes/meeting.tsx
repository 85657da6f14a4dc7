import { useParams } from 'wouter';
import { EvaluationStep } from '@/features/evaluations/components/evaluation-step';
import { MeetingScreen, type EvaluationSlot } from '@/features/meetings/components/meeting-screen';

const evaluation: EvaluationSlot = (args) => <EvaluationStep {...args} />;

export default function MeetingRoute() {
  const { id, tab } = useParams<{ id: string; tab?: string }>();
  return <MeetingScreen key={id} id={id} step={tab} evaluation={evaluation} />;
}
