import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { EmptyState } from '@/components/empty-state';
import type { Me } from '@/lib/auth/get-me';
import { todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

type Appointment = Me['appointments'][number];

/**
 * "Kế hoạch & theo dõi": for each cell the caller is secretary of, the topical plans of this year
 * and the next; for each committee the caller works for, its inbox, schedule, alerts, model
 * meetings and supervision.
 */
export function PlanningHome({ me }: { me: Me }) {
  const { t } = useI18n();
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const current = me.appointments.filter((a) => !a.validTo || a.validTo >= today);
  const cells = current.filter((a) => a.role === 'SECRETARY');
  const committees = current.filter((a) => a.role === 'STAFF' || a.role === 'ADMIN');
  if (cells.length === 0 && committees.length === 0) return <EmptyState title={t('planning.nothing')} />;
  return (
    <div className="planning-home">
      {cells.map((a) => (
        <CellCard key={a.id} appointment={a} year={year} />
      ))}
      {committees.map((a) => (
        <CommitteeCard key={a.id} appointment={a} />
      ))}
    </div>
  );
}

function CellCard({ appointment: a, year }: { appointment: Appointment; year: number }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby={`pc-${a.id}`}>
      <h2 id={`pc-${a.id}`} className="section-title">
        {a.organizationName}
      </h2>
      <ul className="plain-list">
        {[year, year + 1].map((y) => (
          <li key={y}>
            <Link href={paths.topicalPlan.build(a.organizationId, y)} className="btn btn-primary btn-block">
              {t('planning.cellPlan', { year: y })}
            </Link>
          </li>
        ))}
        <li>
          <Link href={paths.artefactChecklist.build(a.organizationId, year)} className="btn btn-secondary btn-block">
            {t('artefacts.title')}
          </Link>
        </li>
        <li>
          <Link href={paths.organizationMeetings.build(a.organizationId)} className="btn btn-secondary btn-block">
            {t('org.action.meetings')}
          </Link>
        </li>
      </ul>
    </section>
  );
}

function CommitteeCard({ appointment: a }: { appointment: Appointment }) {
  const { t } = useI18n();
  const id = a.organizationId;
  const links = [
    { href: paths.planInbox.build(id), label: t('inbox.title') },
    { href: paths.monthlySchedule.build(id), label: t('monthly.title') },
    { href: paths.artefactChecklist.build(id), label: t('artefacts.title') },
    { href: paths.organizationAlerts.build(id), label: t('alerts.title') },
    { href: paths.modelMeetings.build(id), label: t('model.title') },
    { href: paths.supervision.build(id), label: t('supervision.title') },
  ];
  return (
    <section className="card" aria-labelledby={`pk-${a.id}`}>
      <h2 id={`pk-${a.id}`} className="section-title">
        {a.organizationName}
      </h2>
      <ul className="link-list">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
