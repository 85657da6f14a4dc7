import { MeView } from '@/features/identity/components/me-view';

export default function MeRoute() {
  return <MeView />;
}
