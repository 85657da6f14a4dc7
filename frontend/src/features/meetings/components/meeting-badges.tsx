import { useI18n } from '@/lib/i18n/i18n';
import type { MeetingSummary } from '../api/types';

export function MeetingStatusBadge({ status }: { status: MeetingSummary['status'] }) {
  const { t } = useI18n();
  return <span className={`badge meeting-status status-${status.toLowerCase()}`}>{t(`meeting.status.${status}`)}</span>;
}

export function MeetingBadges({ meeting }: { meeting: MeetingSummary }) {
  const { t } = useI18n();
  return (
    <span className="badges">
      <MeetingStatusBadge status={meeting.status} />
      <span className="badge">{t(`meeting.mode.${meeting.mode}`)}</span>
      {meeting.isModel && <span className="badge badge-role">{t('meeting.model')}</span>}
    </span>
  );
}
