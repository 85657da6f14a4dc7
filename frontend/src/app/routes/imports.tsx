import { useSearchParams } from 'wouter';
import { ErrorMessage } from '@/components/error-message';
import { Spinner } from '@/components/spinner';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { ImportPage } from '@/features/imports/components/import-page';

export default function ImportsRoute() {
  const [params] = useSearchParams();
  const organizationId = params.get('organizationId');
  return organizationId ? <WithOrganization id={organizationId} /> : <ImportPage organization={null} />;
}

function WithOrganization({ id }: { id: string }) {
  const org = useOrganization(id);
  if (org.isPending) return <Spinner />;
  if (org.isError) return <ErrorMessage error={org.error} onRetry={() => void org.refetch()} />;
  return <ImportPage organization={{ id, name: org.data.name }} />;
}
