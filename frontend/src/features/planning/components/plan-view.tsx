import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { EmptyState } from '@/components/empty-state';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { PlanItem } from '../api/types';
import { groupByQuarter } from '../logic/plan-items';
import { ProgressBadge } from './plan-status';

/** The plan's items by quarter, read-only, each with its progress and its meeting. */
export function PlanView({ items }: { items: PlanItem[] }) {
  const { t } = useI18n();
  return (
    <div className="plan-quarters">
      {groupByQuarter(items).map(({ quarter, items: rows }) => (
        <section key={quarter} className="card plan-quarter" aria-labelledby={`pq-${quarter}`}>
          <h2 id={`pq-${quarter}`} className="section-title">
            {t('plan.quarter', { quarter })}
          </h2>
          {rows.length === 0 ? (
            <EmptyState title={t('plan.quarterEmpty')} />
          ) : (
            <ul className="plain-list plan-items">
              {rows.map((item) => (
                <PlanItemCard key={item.id} item={item} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

function PlanItemCard({ item }: { item: PlanItem }) {
  const { t, locale } = useI18n();
  return (
    <li className="plan-item" data-item={item.id}>
      <p className="card-title">{item.title}</p>
      <p className="muted">
        {t(`plan.kind.${item.kind}`)} · {t('plan.month', { month: item.plannedMonth })} · {item.topicGroupLabel}
      </p>
      {item.presenterName && <p className="small">{t('plan.presenterIs', { name: item.presenterName })}</p>}
      {item.purpose && <p className="small pre-wrap">{item.purpose}</p>}
      <p className="badges">
        <ProgressBadge progress={item.progress} />
        {item.pushedTopicId && <span className="badge badge-role">{t('plan.pushed')}</span>}
      </p>
      {item.meetingId && (
        <Link href={paths.meeting.build(item.meetingId)}>
          {item.meetingStart
            ? t('plan.openMeetingAt', { when: formatDateTime(item.meetingStart, locale) })
            : t('plan.openMeeting')}
        </Link>
      )}
    </li>
  );
}
