import { useParams } from 'wouter';
import { OrganizationDetail } from '@/features/organizations/components/organization-detail';

export default function OrganizationRoute() {
  const { id } = useParams<{ id: string }>();
  return <OrganizationDetail key={id} id={id} />;
}
