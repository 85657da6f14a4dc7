import { useParams } from 'wouter';
import { MemberDetail } from '@/features/members/components/member-detail';
import {
  AddExemptionPage,
  AddPositionPage,
  EditMemberPage,
  TransferMemberPage,
} from '@/features/members/components/member-action-forms';

export default function MemberRoute() {
  const { id } = useParams<{ id: string }>();
  return <MemberDetail key={id} id={id} />;
}

export function MemberEditRoute() {
  const { id } = useParams<{ id: string }>();
  return <EditMemberPage key={id} id={id} />;
}

export function MemberTransferRoute() {
  const { id } = useParams<{ id: string }>();
  return <TransferMemberPage key={id} id={id} />;
}

export function MemberExemptionRoute() {
  const { id } = useParams<{ id: string }>();
  return <AddExemptionPage key={id} id={id} />;
}

export function MemberPositionRoute() {
  const { id } = useParams<{ id: string }>();
  return <AddPositionPage key={id} id={id} />;
}
