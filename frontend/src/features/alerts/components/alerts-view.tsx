import { useState } from 'react';
import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { ErrorMessage } from '@/components/error-message';
import { ExportButtons } from '@/components/export-buttons';
import { Field } from '@/components/field';
import { OrganizationPicker, type PickedOrganization } from '@/components/organization-picker';
import { ChipChoice } from '@/components/chip-choice';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useAcknowledgeAlert } from '../api/acknowledge-alert';
import { exportAlerts } from '../api/export-alerts';
import { useAlerts } from '../api/list-alerts';
import { useRunAlerts } from '../api/run-alerts';
import { ALERT_KINDS, ALERT_STATES, type Alert, type AlertKind, type AlertState } from '../api/types';
import { alertStatus, canAcknowledge } from '../logic/alert-state';
import { alertTarget } from '../logic/alert-target';

const SIZE = 20;
const SEVERITY_CLASS = { INFO: 'badge-auto', WARNING: 'badge-warn', CRITICAL: 'badge-danger' } as const;

/** Alerts over an organisation's subtree: filter by state and kind, acknowledge, recompute now. */
export function AlertsView({ organizationId, mayRun }: { organizationId: string; mayRun: boolean }) {
  const { t } = useI18n();
  const [state, setState] = useState<AlertState>('OPEN');
  const [kind, setKind] = useState<AlertKind | ''>('');
  const [page, setPage] = useState(0);
  // Narrow the list to one organisation of the subtree (a cell among hundreds).
  const [scope, setScope] = useState<PickedOrganization | null>(null);
  const query = useAlerts(scope?.id ?? organizationId, { state, kind: kind || undefined, page, size: SIZE });

  return (
    <div className="alerts-view">
      {mayRun && <RunNow organizationId={organizationId} />}
      <div className="toolbar">
        <ChipChoice
          name="alert-state"
          label={t('alerts.state')}
          options={ALERT_STATES}
          value={state}
          onChange={(s) => {
            setState(s);
            setPage(0);
          }}
          optionLabel={(s) => t(`alerts.state.${s}`)}
        />
        <Field name="kind" label={t('alerts.kind')}>
          {(p) => (
            <select
              {...p}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as AlertKind | '');
                setPage(0);
              }}
            >
              <option value="">{t('alerts.kind.any')}</option>
              {ALERT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`alerts.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ExportButtons
          download={(format) => exportAlerts(scope?.id ?? organizationId, { state, kind: kind || undefined }, format)}
        />
      </div>
      <OrganizationPicker
        name="scope"
        label={t('alerts.scope')}
        value={scope}
        onChange={(picked) => {
          setScope(picked);
          setPage(0);
        }}
      />
      {scope && (
        <button
          type="button"
          className="btn btn-link"
          onClick={() => {
            setScope(null);
            setPage(0);
          }}
        >
          {t('alerts.scopeAll')}
        </button>
      )}
      <QueryView query={query} empty={t('alerts.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <div className={query.isPlaceholderData ? 'stale' : undefined}>
            <p className="muted" aria-live="polite">
              {t('alerts.count', { count: data.total })}
            </p>
            <ul className="plain-list alert-list">
              {data.items.map((a) => (
                <AlertCard key={a.id} alert={a} />
              ))}
            </ul>
            <Pager page={data.page} size={data.size} total={data.total} onPage={setPage} label={t('alerts.pages')} />
          </div>
        )}
      </QueryView>
    </div>
  );
}

function RunNow({ organizationId }: { organizationId: string }) {
  const { t, locale } = useI18n();
  const run = useRunAlerts(organizationId);
  return (
    <div className="card alert-run">
      <button type="button" className="btn btn-primary" disabled={run.isPending} onClick={() => run.mutate()}>
        {run.isPending ? t('alerts.running') : t('alerts.runNow')}
      </button>
      <p className="hint">{t('alerts.runHint')}</p>
      <ErrorMessage error={run.error} />
      {run.data && (
        <p className="alert alert-success" role="status">
          {t('alerts.runDone', {
            organizations: formatNumber(run.data.organizations, locale),
            raised: formatNumber(run.data.raised, locale),
            resolved: formatNumber(run.data.resolved, locale),
            open: formatNumber(run.data.open, locale),
          })}
        </p>
      )}
    </div>
  );
}

function AlertCard({ alert: a }: { alert: Alert }) {
  const { t, locale } = useI18n();
  const ack = useAcknowledgeAlert();
  const status = alertStatus(a);
  const target = alertTarget(a);
  return (
    <li
      className={`card alert-card severity-${a.severity.toLowerCase()}`}
      data-kind={a.kind}
      data-org={a.organizationId}
    >
      <p className="badges">
        <span className={`badge ${SEVERITY_CLASS[a.severity]}`}>{t(`alerts.severity.${a.severity}`)}</span>
        <span className="badge">{t(`alerts.kind.${a.kind}`)}</span>
        <span className="badge">{t(`alerts.state.${status}`)}</span>
      </p>
      <p className="card-title">
        <Link href={paths.organization.build(a.organizationId)}>{a.organizationName}</Link> · {a.period}
      </p>
      <p>{a.message}</p>
      <p className="muted small">
        {t('alerts.raisedAt', { when: formatDateTime(a.raisedAt, locale) })}
        {a.acknowledgedAt &&
          ` · ${t('alerts.acknowledgedAt', { when: formatDateTime(a.acknowledgedAt, locale), by: a.acknowledgedBy ?? '' })}`}
        {a.resolvedAt && ` · ${t('alerts.resolvedAt', { when: formatDateTime(a.resolvedAt, locale) })}`}
      </p>
      {a.policyLabel && <p className="muted small">{t('alerts.policy', { policy: a.policyLabel })}</p>}
      <ErrorMessage error={ack.error} />
      <Link href={target.href} className="btn btn-link">
        {t(target.label)}
      </Link>
      {canAcknowledge(a) && (
        <button type="button" className="btn btn-secondary" disabled={ack.isPending} onClick={() => ack.mutate(a.id)}>
          {t('alerts.acknowledge')}
        </button>
      )}
    </li>
  );
}
