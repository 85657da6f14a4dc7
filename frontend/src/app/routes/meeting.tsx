import { useParams } from 'wouter';
import { EvaluationStep } from '@/features/evaluations/components/evaluation-step';
import { MeetingScreen, type EvaluationSlot } from '@/features/meetings/components/meeting-screen';
import { VisitForm } from '@/features/supervision/components/visit-form';

// The "Đánh giá" step: the evaluation, and for a supervisor of a held meeting the record of the visit.
const evaluation: EvaluationSlot = (args) => (
  <>
    <EvaluationStep {...args} />
    {args.held && <VisitForm meetingId={args.meetingId} />}
  </>
);

export default function MeetingRoute() {
  const { id, tab } = useParams<{ id: string; tab?: string }>();
  return <MeetingScreen key={id} id={id} step={tab} evaluation={evaluation} />;
}
