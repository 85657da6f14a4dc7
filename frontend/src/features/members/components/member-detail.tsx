import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { ErrorMessage } from '@/components/error-message';
import { PageHeader } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { useMe } from '@/lib/auth/get-me';
import { canWriteMembers } from '@/lib/auth/permissions';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMember } from '../api/get-member';
import { StatusBadge } from './status-badge';

export function MemberDetail({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const member = useMember(id);
  const me = useMe();
  if (member.isPending) return <Spinner />;
  if (member.isError) return <ErrorMessage error={member.error} onRetry={() => void member.refetch()} />;
  const m = member.data;
  const org = m.currentOrganization;
  const canWrite = canWriteMembers(me.data);
  const period = (from: string, to?: string | null) =>
    to
      ? t('common.period', { from: formatDate(from, locale), to: formatDate(to, locale) })
      : t('common.since', { from: formatDate(from, locale) });

  return (
    <article>
      <PageHeader
        title={m.fullName}
        crumbs={[
          { label: t('nav.organizations'), href: paths.organizations.build() },
          ...(org ? [{ label: org.name, href: paths.organizationMembers.build(org.id) }] : []),
        ]}
        breadcrumbLabel={t('common.breadcrumb')}
        subtitle={<StatusBadge status={m.status} />}
        actions={
          canWrite && (
            <Link href={paths.memberEdit.build(m.id)} className="btn btn-primary">
              {t('common.edit')}
            </Link>
          )
        }
      />

      <section className="card" aria-labelledby="member-attrs">
        <h2 id="member-attrs" className="section-title">
          {t('member.section.personal')}
        </h2>
        <dl className="attrs">
          <dt>{t('member.field.status')}</dt>
          <dd>
            <StatusBadge status={m.status} />
          </dd>
          <dt>{t('member.field.organization')}</dt>
          <dd>{org ? <Link href={paths.organization.build(org.id)}>{org.name}</Link> : '—'}</dd>
          <dt>{t('member.field.birthYear')}</dt>
          <dd>{m.birthYear ?? '—'}</dd>
          <dt>{t('member.field.gender')}</dt>
          <dd>{t(`gender.${m.gender}`)}</dd>
          <dt>{t('member.field.cardNumber')}</dt>
          <dd>{m.cardNumber ?? '—'}</dd>
          <dt>{t('member.field.admissionDate')}</dt>
          <dd>{formatDate(m.admissionDate, locale)}</dd>
          <dt>{t('member.field.probationEnd')}</dt>
          <dd>{formatDate(m.probationEnd, locale)}</dd>
          <dt>{t('member.field.officialDate')}</dt>
          <dd>{m.officialDate ? formatDate(m.officialDate, locale) : '—'}</dd>
          {m.username && (
            <>
              <dt>{t('member.field.username')}</dt>
              <dd>{m.username}</dd>
            </>
          )}
          {m.personalDataHidden ? (
            <>
              <dt>{t('member.field.personalData')}</dt>
              <dd>{t('member.personalDataHidden')}</dd>
            </>
          ) : (
            <>
              <dt>{t('member.field.csdlId')}</dt>
              <dd>{m.csdlId ?? '—'}</dd>
              <dt>{t('member.field.sotayId')}</dt>
              <dd>{m.sotayId ?? '—'}</dd>
            </>
          )}
        </dl>
      </section>

      {canWrite && (
        <section className="card" aria-labelledby="member-actions">
          <h2 id="member-actions" className="section-title">
            {t('member.section.actions')}
          </h2>
          <div className="button-row">
            <Link href={paths.memberTransfer.build(m.id)} className="btn btn-secondary">
              {t('member.action.transfer')}
            </Link>
            <Link href={paths.memberExemption.build(m.id)} className="btn btn-secondary">
              {t('member.action.exemption')}
            </Link>
            <Link href={paths.memberPosition.build(m.id)} className="btn btn-secondary">
              {t('member.action.position')}
            </Link>
          </div>
        </section>
      )}

      <section className="card" aria-labelledby="member-memberships">
        <h2 id="member-memberships" className="section-title">
          {t('member.section.memberships')}
        </h2>
        {m.memberships.length === 0 ? (
          <p className="muted">{t('common.none')}</p>
        ) : (
          <ul className="history">
            {m.memberships.map((ms) => (
              <li key={ms.id}>
                <Link href={paths.organization.build(ms.organization.id)}>{ms.organization.name}</Link>{' '}
                <span className="badge">{t(`membershipKind.${ms.kind}`)}</span>
                <span className="muted"> · {period(ms.validFrom, ms.validTo)}</span>
                {ms.decisionRef && <span className="muted"> · {t('common.decision', { ref: ms.decisionRef })}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="member-exemptions">
        <h2 id="member-exemptions" className="section-title">
          {t('member.section.exemptions')}
        </h2>
        {m.exemptions.length === 0 ? (
          <p className="muted">{t('common.none')}</p>
        ) : (
          <ul className="history">
            {m.exemptions.map((x) => (
              <li key={x.id}>
                <strong>{t(`exemptionReason.${x.reason}`)}</strong>
                <span className="muted"> · {period(x.validFrom, x.validTo)}</span>
                {x.resolutionRef && <span className="muted"> · {t('common.decision', { ref: x.resolutionRef })}</span>}
                {x.note && <span className="muted"> · {x.note}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="member-positions">
        <h2 id="member-positions" className="section-title">
          {t('member.section.positions')}
        </h2>
        {m.positions.length === 0 ? (
          <p className="muted">{t('common.none')}</p>
        ) : (
          <ul className="history">
            {m.positions.map((p) => (
              <li key={p.id}>
                <strong>{t(`position.${p.position}`)}</strong> · {p.organization.name}
                <span className="muted"> · {period(p.validFrom, p.validTo)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
