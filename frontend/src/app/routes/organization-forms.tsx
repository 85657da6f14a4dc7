import { useParams } from 'wouter';
import { CloseOrganizationForm } from '@/features/organizations/components/close-organization-form';
import { MoveOrganizationForm } from '@/features/organizations/components/move-organization-form';
import { CreateOrganizationForm, EditOrganizationForm } from '@/features/organizations/components/organization-form';

export function OrganizationNewRoute() {
  const { id } = useParams<{ id: string }>();
  return <CreateOrganizationForm key={id} parentId={id} />;
}

export function OrganizationEditRoute() {
  const { id } = useParams<{ id: string }>();
  return <EditOrganizationForm key={id} id={id} />;
}

export function OrganizationMoveRoute() {
  const { id } = useParams<{ id: string }>();
  return <MoveOrganizationForm key={id} id={id} />;
}

export function OrganizationCloseRoute() {
  const { id } = useParams<{ id: string }>();
  return <CloseOrganizationForm key={id} id={id} />;
}
