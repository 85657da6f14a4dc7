import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { ErrorMessage } from '@/components/error-message';
import { PageHeader, type Crumb } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { useMe } from '@/lib/auth/get-me';
import {
  canImport,
  canRunMeetings,
  canSeeQuality,
  canWriteMembers,
  canWriteOrganizations,
} from '@/lib/auth/permissions';
import { formatDate, formatNumber, todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useOrganization } from '../api/get-organization';
import type { Organization } from '../api/types';
import { OrganizationBadges } from './organization-badges';
import { OrganizationList } from './organization-tree';
import { useOrganizationLabels } from './use-organization-labels';

export function organizationCrumbs(org: Organization, rootLabel: string, includeSelf = false): Crumb[] {
  const crumbs: Crumb[] = [{ label: rootLabel, href: paths.organizations.build() }];
  for (const a of org.ancestors) crumbs.push({ label: a.name, href: paths.organization.build(a.id) });
  if (includeSelf) crumbs.push({ label: org.name, href: paths.organization.build(org.id) });
  return crumbs;
}

export function OrganizationDetail({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const org = useOrganization(id);
  const me = useMe();
  const labels = useOrganizationLabels();
  if (org.isPending) return <Spinner />;
  if (org.isError) return <ErrorMessage error={org.error} onRetry={() => void org.refetch()} />;
  const o = org.data;
  const closed = !!o.validTo;
  const writeOrgs = canWriteOrganizations(me.data) && !closed;
  const yes = t('common.yes');
  const no = t('common.no');

  return (
    <article>
      <PageHeader
        title={o.name}
        crumbs={organizationCrumbs(o, t('nav.organizations'))}
        breadcrumbLabel={t('common.breadcrumb')}
        subtitle={<OrganizationBadges org={o} typeLabel={labels.typeLabel} categoryLabel={labels.categoryLabel} />}
        actions={
          <>
            <Link href={paths.organizationMembers.build(o.id)} className="btn btn-primary">
              {t('org.action.members')}
            </Link>
            <Link href={paths.organizationMeetings.build(o.id)} className="btn btn-primary">
              {o.holdsMeetings ? t('org.action.meetings') : t('org.action.calendar')}
            </Link>
            {canSeeQuality(me.data) && (
              <Link href={paths.organizationQuality.build(o.id)} className="btn btn-secondary">
                {t('quality.link')}
              </Link>
            )}
            {canWriteMembers(me.data) && o.holdsMeetings && !closed && (
              <Link href={paths.memberNew.build(o.id)} className="btn btn-secondary">
                {t('member.action.new')}
              </Link>
            )}
          </>
        }
      />

      {closed && (
        <p className="alert alert-info" role="note">
          {t('org.closedOn', { date: formatDate(o.validTo, locale) })}
        </p>
      )}

      <section className="card" aria-labelledby="org-attrs">
        <h2 id="org-attrs" className="section-title">
          {t('org.section.attributes')}
        </h2>
        <dl className="attrs">
          <dt>{t('org.field.activeMemberCount')}</dt>
          <dd>{formatNumber(o.activeMemberCount, locale)}</dd>
          {o.shortName && (
            <>
              <dt>{t('org.field.shortName')}</dt>
              <dd>{o.shortName}</dd>
            </>
          )}
          <dt>{t('org.field.typeCode')}</dt>
          <dd>{labels.typeLabel(o.typeCode)}</dd>
          <dt>{t('org.field.categoryCode')}</dt>
          <dd>{labels.categoryLabel(o.categoryCode)}</dd>
          <dt>{t('org.field.holdsMeetings')}</dt>
          <dd>{o.holdsMeetings ? yes : no}</dd>
          <dt>{t('org.field.hasCommittee')}</dt>
          <dd>{o.hasCommittee ? yes : no}</dd>
          {o.code && (
            <>
              <dt>{t('org.field.code')}</dt>
              <dd>{o.code}</dd>
            </>
          )}
          <dt>{t('org.field.validFrom')}</dt>
          <dd>{formatDate(o.validFrom, locale)}</dd>
          {o.validTo && (
            <>
              <dt>{t('org.field.validTo')}</dt>
              <dd>{formatDate(o.validTo, locale)}</dd>
            </>
          )}
        </dl>
      </section>

      {canRunMeetings(me.data) && !closed && <PlanningLinks org={o} />}

      {(writeOrgs || canImport(me.data)) && (
        <section className="card" aria-labelledby="org-actions">
          <h2 id="org-actions" className="section-title">
            {t('org.section.actions')}
          </h2>
          <div className="button-row">
            {writeOrgs && (
              <>
                <Link href={paths.organizationNew.build(o.id)} className="btn btn-secondary">
                  {t('org.action.newChild')}
                </Link>
                <Link href={paths.organizationEdit.build(o.id)} className="btn btn-secondary">
                  {t('org.action.edit')}
                </Link>
                <Link href={paths.organizationMove.build(o.id)} className="btn btn-secondary">
                  {t('org.action.move')}
                </Link>
                <Link href={paths.organizationClose.build(o.id)} className="btn btn-danger">
                  {t('org.action.close')}
                </Link>
              </>
            )}
            {canImport(me.data) && !closed && (
              <Link href={paths.imports.build(o.id)} className="btn btn-secondary">
                {t('org.action.import')}
              </Link>
            )}
          </div>
        </section>
      )}

      {o.childCount > 0 && (
        <section className="card" aria-labelledby="org-children">
          <h2 id="org-children" className="section-title">
            {t('org.section.children', { count: formatNumber(o.childCount, locale) })}
          </h2>
          <OrganizationList query={{ parentId: o.id }} labels={labels} ariaLabel={t('org.section.childrenLabel')} />
        </section>
      )}

      <section className="card" aria-labelledby="org-lineage">
        <h2 id="org-lineage" className="section-title">
          {t('org.section.lineage')}
        </h2>
        {o.lineage.length === 0 ? (
          <p className="muted">{t('org.lineage.none')}</p>
        ) : (
          <ol className="timeline">
            {o.lineage.map((e) => (
              <li key={e.id}>
                <span className="timeline-date">{formatDate(e.effectiveDate, locale)}</span>
                <span>
                  <strong>{t(`lineage.${e.event}`)}</strong>:{' '}
                  <Link href={paths.organization.build(e.fromOrganization.id)}>{e.fromOrganization.name}</Link>
                  {' → '}
                  <Link href={paths.organization.build(e.toOrganization.id)}>{e.toOrganization.name}</Link>
                  {e.decisionRef && <span className="muted"> ({t('common.decision', { ref: e.decisionRef })})</span>}
                  {e.note && <span className="muted"> · {e.note}</span>}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

/** Planning and oversight of this organisation: a cell's topical plans, a committee's inbox, schedule and alerts. */
function PlanningLinks({ org }: { org: Organization }) {
  const { t } = useI18n();
  const me = useMe();
  const year = Number(todayInVietnam().slice(0, 4));
  const links = org.holdsMeetings
    ? [
        ...[year, year + 1].map((y) => ({
          href: paths.topicalPlan.build(org.id, y),
          label: t('planning.cellPlan', { year: y }),
        })),
        { href: paths.periodicReports.build(org.id), label: t('periodic.link') },
        { href: paths.organizationPolicies.build(org.id), label: t('policy.link') },
      ]
    : [
        { href: paths.planInbox.build(org.id), label: t('inbox.title') },
        { href: paths.monthlySchedule.build(org.id), label: t('monthly.title') },
        { href: paths.organizationAlerts.build(org.id), label: t('alerts.title') },
        { href: paths.modelMeetings.build(org.id), label: t('model.title') },
        { href: paths.supervision.build(org.id), label: t('supervision.title') },
        { href: paths.periodicReports.build(org.id), label: t('periodic.link') },
        { href: paths.organizationPolicies.build(org.id), label: t('policy.link') },
        ...(canWriteOrganizations(me.data)
          ? [
              { href: paths.organizationWebhooks.build(org.id), label: t('webhooks.link') },
              { href: paths.organizationAdministration.build(org.id), label: t('admin.link') },
            ]
          : []),
      ];
  return (
    <section className="card" aria-labelledby="org-planning">
      <h2 id="org-planning" className="section-title">
        {t('planning.title')}
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
