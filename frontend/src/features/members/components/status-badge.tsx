import { useI18n } from '@/lib/i18n/i18n';
import type { MemberStatus } from '../api/types';

export function StatusBadge({ status }: { status: MemberStatus }) {
  const { t } = useI18n();
  return <span className={`badge status-${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
