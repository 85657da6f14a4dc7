import { OrganizationBrowser } from '@/features/organizations/components/organization-browser';

export default function OrganizationsRoute() {
  return <OrganizationBrowser />;
}
