import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { paths } from '@/config/paths';
import { serverFieldErrors } from '@/lib/form';
import { formatDate, formatNumber, todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useCreatePeriodicReport } from '../api/create-periodic-report';
import { REPORT_PAGE_SIZE, usePeriodicReports } from '../api/list-periodic-reports';
import { useReportSubmissions } from '../api/list-report-submissions';
import type { ReportKind, ReportSubmissionStatus } from '../api/types';
import { defaultPeriod, periodChoices, periodLabel, REPORT_KINDS } from '../logic/report-logic';

const SUBMISSION_STATUSES: ReportSubmissionStatus[] = ['MISSING', 'LATE', 'SUBMITTED', 'NOT_DUE'];
const SUBMISSION_PAGE_SIZE = 50;
const SUBMISSION_BADGE: Record<ReportSubmissionStatus, string> = {
  SUBMITTED: 'status-official',
  LATE: 'badge-warn',
  MISSING: 'badge-danger',
  NOT_DUE: '',
};

/**
 * "Báo cáo định kỳ": the organisation's own reports to the committee above (status, due date), a form to draft
 * one for a period, and for a committee the reports of its direct subordinates: on time, late or missing.
 */
export function ReportsView({ organizationId, isCommittee }: { organizationId: string; isCommittee: boolean }) {
  return (
    <div className="periodic-reports">
      <CreateReportForm organizationId={organizationId} />
      <OwnReports organizationId={organizationId} />
      {isCommittee && <SubmissionsOverview organizationId={organizationId} />}
    </div>
  );
}

function KindSelect({ value, onChange, any }: { value: string; onChange: (kind: string) => void; any?: boolean }) {
  const { t } = useI18n();
  return (
    <Field name="kind" label={t('periodic.kind')}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          {any && <option value="">{t('periodic.any')}</option>}
          {REPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`periodic.kind.${k}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function PeriodSelect({ kind, value, onChange }: { kind: ReportKind; value: string; onChange: (p: string) => void }) {
  const { t, lang } = useI18n();
  return (
    <Field name="period" label={t('periodic.period')}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          {periodChoices(kind, todayInVietnam()).map((period) => (
            <option key={period} value={period}>
              {periodLabel(period, lang)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function CreateReportForm({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const create = useCreatePeriodicReport(organizationId);
  const [kind, setKind] = useState<ReportKind>('QUARTERLY');
  const [period, setPeriod] = useState(() => defaultPeriod('QUARTERLY', todayInVietnam()));
  const server = serverFieldErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ kind, period }, { onSuccess: (report) => navigate(paths.periodicReport.build(report.id)) });
  };
  return (
    <form className="form card toolbar" onSubmit={submit} noValidate aria-label={t('periodic.create')}>
      <KindSelect
        value={kind}
        onChange={(k) => {
          setKind(k as ReportKind);
          setPeriod(defaultPeriod(k as ReportKind, todayInVietnam()));
        }}
      />
      <PeriodSelect kind={kind} value={period} onChange={setPeriod} />
      {server.period && <p className="field-error">{server.period}</p>}
      <ErrorMessage error={create.error} hideFields={['period']} />
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        {create.isPending ? t('periodic.creating') : t('periodic.create')}
      </button>
    </form>
  );
}

function OwnReports({ organizationId }: { organizationId: string }) {
  const { t, lang, locale } = useI18n();
  const [kind, setKind] = useState<ReportKind | ''>('');
  const [page, setPage] = useState(0);
  const query = usePeriodicReports(organizationId, kind || undefined, page);
  return (
    <section className="card" aria-labelledby="reports-mine">
      <h2 id="reports-mine" className="section-title">
        {t('periodic.mine')}
      </h2>
      <div className="toolbar">
        <KindSelect
          any
          value={kind}
          onChange={(k) => {
            setKind(k as ReportKind | '');
            setPage(0);
          }}
        />
      </div>
      <QueryView query={query} empty={t('periodic.empty')} isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <>
            <p className="muted">{t('periodic.count', { count: formatNumber(data.total, locale) })}</p>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('periodic.col.period')}</th>
                  <th scope="col">{t('periodic.col.kind')}</th>
                  <th scope="col">{t('periodic.col.due')}</th>
                  <th scope="col">{t('periodic.col.status')}</th>
                  <th scope="col">{t('periodic.col.submittedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link href={paths.periodicReport.build(r.id)}>{periodLabel(r.period, lang)}</Link>
                    </td>
                    <td>{t(`periodic.kind.${r.kind}`)}</td>
                    <td>{formatDate(r.dueDate, locale)}</td>
                    <td>
                      {t(`periodic.status.${r.status}`)}
                      {r.late && <span className="badge badge-warn">{t('periodic.late')}</span>}
                      {r.revision > 1 && (
                        <span className="muted"> ({t('periodic.revision', { revision: r.revision })})</span>
                      )}
                    </td>
                    <td>{formatDate(r.submittedAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager
              page={page}
              size={REPORT_PAGE_SIZE}
              total={data.total}
              onPage={setPage}
              label={t('periodic.pages')}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}

function SubmissionsOverview({ organizationId }: { organizationId: string }) {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState<ReportKind>('QUARTERLY');
  const [period, setPeriod] = useState(() => defaultPeriod('QUARTERLY', todayInVietnam()));
  const [status, setStatus] = useState<ReportSubmissionStatus | ''>('');
  const [page, setPage] = useState(0);
  const query = useReportSubmissions(organizationId, {
    kind,
    period,
    status: status || undefined,
    page,
    size: SUBMISSION_PAGE_SIZE,
  });
  return (
    <section className="card" aria-labelledby="reports-submissions">
      <h2 id="reports-submissions" className="section-title">
        {t('periodic.submissions')}
      </h2>
      <div className="toolbar">
        <KindSelect
          value={kind}
          onChange={(k) => {
            setKind(k as ReportKind);
            setPeriod(defaultPeriod(k as ReportKind, todayInVietnam()));
            setPage(0);
          }}
        />
        <PeriodSelect
          kind={kind}
          value={period}
          onChange={(p) => {
            setPeriod(p);
            setPage(0);
          }}
        />
        <Field name="status" label={t('periodic.col.status')}>
          {(p) => (
            <select
              {...p}
              value={status}
              onChange={(e) => {
                setStatus(e.target.value as ReportSubmissionStatus | '');
                setPage(0);
              }}
            >
              <option value="">{t('periodic.any')}</option>
              {SUBMISSION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`periodic.sub.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <QueryView query={query}>
        {(data) => (
          <>
            <p className="muted" role="status">
              {t('periodic.subCount', {
                submitted: formatNumber(data.counts.submitted, locale),
                late: formatNumber(data.counts.late, locale),
                missing: formatNumber(data.counts.missing, locale),
                notDue: formatNumber(data.counts.notDue, locale),
              })}
            </p>
            {data.items.length === 0 ? (
              <p className="muted">{t('periodic.submissionsEmpty')}</p>
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('periodic.col.organization')}</th>
                    <th scope="col">{t('periodic.col.status')}</th>
                    <th scope="col">{t('periodic.col.due')}</th>
                    <th scope="col">{t('periodic.col.submittedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((row) => (
                    <tr key={row.organizationId} className={`submission-${row.status.toLowerCase()}`}>
                      <td>
                        {row.reportId && row.reportStatus === 'SUBMITTED' ? (
                          <Link href={paths.periodicReport.build(row.reportId)}>{row.organizationName}</Link>
                        ) : (
                          row.organizationName
                        )}
                      </td>
                      <td>
                        <span className={`badge ${SUBMISSION_BADGE[row.status]}`}>
                          {t(`periodic.sub.${row.status}`)}
                        </span>
                      </td>
                      <td>{formatDate(row.dueDate, locale)}</td>
                      <td>{formatDate(row.submittedAt, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <Pager
              page={page}
              size={SUBMISSION_PAGE_SIZE}
              total={data.total}
              onPage={setPage}
              label={t('periodic.pages')}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}
