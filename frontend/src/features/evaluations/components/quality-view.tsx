import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { ChipChoice } from '@/components/chip-choice';
import { CheckboxField, Field } from '@/components/field';
import { OrganizationPicker, type PickedOrganization } from '@/components/organization-picker';
import { Pager } from '@/components/pager';
import { Spinner } from '@/components/spinner';
import { ApiError } from '@/lib/api/problem';
import { formatDate, formatNumber, todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useCreateSupervisionAssignment } from '../api/create-supervision-assignment';
import { ExportButtons } from '@/components/export-buttons';
import { exportList } from '@/lib/api/download';
import { useEvaluationReport } from '../api/get-evaluation-report';
import { usePendingVerifications } from '../api/list-pending-verifications';
import { useSupervisionAssignments } from '../api/list-supervision-assignments';
import { PAGE_SIZE, type Rating } from '../api/types';
import { TemplatesSection } from './templates-section';
import { VerificationQueue } from './verification-queue';

const RATINGS: Rating[] = ['GOOD', 'FAIR', 'AVERAGE', 'POOR'];
const PENDING_FILTERS = ['ALL', 'OVERDUE'] as const;
const num = (v: number | null | undefined, locale: string) => (v == null ? '–' : formatNumber(v, locale));

/**
 * Committee staff: pending and overdue verifications, the ratings report, supervision assignments, score sheets.
 * The lists grow with the subtree and come a page at a time; `overdue` opens the list behind the dashboard's figure.
 */
export function QualityView({
  organizationId,
  mayWrite,
  overdue: initialOverdue = false,
}: {
  organizationId: string;
  mayWrite: boolean;
  overdue?: boolean;
}) {
  const { t } = useI18n();
  const [overdue, setOverdue] = useState(initialOverdue);
  const [page, setPage] = useState(0);
  const pending = usePendingVerifications(organizationId, { overdue: overdue || undefined, page, size: PAGE_SIZE });
  return (
    <div className="quality-view">
      <section aria-labelledby="q-pending">
        <h2 id="q-pending" className="section-title">
          {t('quality.pending')}
        </h2>
        <ChipChoice
          name="pending-filter"
          label={t('quality.pendingFilter')}
          options={PENDING_FILTERS}
          value={overdue ? 'OVERDUE' : 'ALL'}
          onChange={(f) => {
            setOverdue(f === 'OVERDUE');
            setPage(0);
          }}
          optionLabel={(f) => (f === 'OVERDUE' ? t('quality.pendingOverdue') : t('quality.pendingAll'))}
        />
        <ExportButtons
          download={(format) =>
            exportList(
              '/api/v1/organizations/{id}/verifications',
              { path: { id: organizationId }, query: { overdue: overdue || undefined } },
              format,
              'cho-tham-dinh',
            )
          }
        />
        <VerificationQueue query={pending} onPage={setPage} label={`${t('pager.label')}: ${t('quality.pending')}`} />
      </section>
      <ReportSection organizationId={organizationId} />
      <AssignmentsSection organizationId={organizationId} mayWrite={mayWrite} />
      <TemplatesSection organizationId={organizationId} mayWrite={mayWrite} />
    </div>
  );
}

function ReportSection({ organizationId }: { organizationId: string }) {
  const { t, locale } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(0);
  const report = useEvaluationReport(organizationId, from, to, page);
  return (
    <section aria-labelledby="q-report" className="quality-report">
      <h2 id="q-report" className="section-title">
        {t('quality.report')}
      </h2>
      <div className="form-grid">
        <Field name="from" label={t('common.validFrom')}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={from}
              onChange={(e) => {
                setFrom(e.target.value);
                setPage(0);
              }}
            />
          )}
        </Field>
        <Field name="to" label={t('common.validTo')}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={to}
              onChange={(e) => {
                setTo(e.target.value);
                setPage(0);
              }}
            />
          )}
        </Field>
      </div>
      {report.isPending ? (
        <Spinner />
      ) : report.isError ? (
        <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <p>
            {t('quality.evaluations', { count: report.data.evaluations })} ·{' '}
            {t('common.period', { from: formatDate(report.data.from, locale), to: formatDate(report.data.to, locale) })}
          </p>
          <ExportButtons
            download={(format) =>
              exportList(
                '/api/v1/organizations/{id}/evaluation-report',
                { path: { id: organizationId }, query: { from: report.data.from, to: report.data.to } },
                format,
                'danh-gia-theo-chi-bo',
              )
            }
          />
          <table className="data-table rating-counts">
            <thead>
              <tr>
                <th scope="col">{t('quality.col.rating')}</th>
                <th scope="col">{t('quality.col.selfCount')}</th>
                <th scope="col">{t('quality.col.verifiedCount')}</th>
              </tr>
            </thead>
            <tbody>
              {RATINGS.map((r) => (
                <tr key={r} data-rating={r}>
                  <th scope="row">{t(`rating.${r}`)}</th>
                  <td className="self-count">{report.data.selfRatings[r]}</td>
                  <td className="verified-count">{report.data.verifiedRatings[r]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={report.data.selfGoodDespiteFailedGate > 0 ? 'alert alert-warning' : 'muted'}>
            {t('quality.goodDespiteGate', { count: report.data.selfGoodDespiteFailedGate })}
          </p>
          <h3>{t('quality.gaps')}</h3>
          <div className="table-scroll">
            <table className="data-table cell-gaps">
              <thead>
                <tr>
                  <th scope="col">{t('verify.col.cell')}</th>
                  <th scope="col">{t('quality.col.count')}</th>
                  <th scope="col">{t('quality.col.meanSelf')}</th>
                  <th scope="col">{t('quality.col.meanVerified')}</th>
                  <th scope="col">{t('quality.col.gap')}</th>
                </tr>
              </thead>
              <tbody>
                {report.data.cellGaps.map((g) => (
                  <tr key={g.organizationId}>
                    <th scope="row">{g.organizationName}</th>
                    <td>{g.evaluations}</td>
                    <td>{num(g.meanSelf, locale)}</td>
                    <td>{num(g.meanVerified, locale)}</td>
                    <td>{num(g.gap, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={report.data.page}
            size={report.data.size}
            total={report.data.totalCellGaps}
            onPage={setPage}
            label={`${t('pager.label')}: ${t('quality.gaps')}`}
          />
        </>
      )}
    </section>
  );
}

function AssignmentsSection({ organizationId, mayWrite }: { organizationId: string; mayWrite: boolean }) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(0);
  const list = useSupervisionAssignments(organizationId, page);
  const create = useCreateSupervisionAssignment();
  const [username, setUsername] = useState('');
  const [cell, setCell] = useState<PickedOrganization | null>(null);
  const [validFrom, setValidFrom] = useState(todayInVietnam());
  const [validTo, setValidTo] = useState('');
  const [delegate, setDelegate] = useState(false);
  const [done, setDone] = useState(false);
  const fe = create.error instanceof ApiError ? create.error.fieldErrors() : {};

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (!cell) return;
    create.mutate(
      {
        supervisorUsername: username.trim(),
        cellId: cell.id,
        delegate,
        validFrom,
        validTo: validTo || null,
      },
      {
        onSuccess: () => {
          setDone(true);
          setUsername('');
        },
      },
    );
  };

  return (
    <section aria-labelledby="q-assign">
      <h2 id="q-assign" className="section-title">
        {t('quality.assignments')}
      </h2>
      {list.isPending ? (
        <Spinner />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <div className="table-scroll">
          <table className="data-table assignments">
            <thead>
              <tr>
                <th scope="col">{t('quality.col.supervisor')}</th>
                <th scope="col">{t('verify.col.cell')}</th>
                <th scope="col">{t('quality.col.validity')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.supervisorUsername}
                    {a.delegate && <span className="muted"> ({t('quality.delegate')})</span>}
                  </td>
                  <td>{a.cellName}</td>
                  <td>
                    {a.validTo
                      ? t('common.period', { from: formatDate(a.validFrom, locale), to: formatDate(a.validTo, locale) })
                      : t('common.since', { from: formatDate(a.validFrom, locale) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={list.data.page}
            size={list.data.size}
            total={list.data.total}
            onPage={setPage}
            label={`${t('pager.label')}: ${t('quality.assignments')}`}
          />
        </div>
      )}
      {mayWrite && (
        <form className="form card" onSubmit={submit} noValidate aria-label={t('quality.assign')}>
          <Field name="supervisorUsername" label={t('quality.username')} required error={fe.supervisorUsername}>
            {(p) => (
              <input
                {...p}
                type="text"
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                autoComplete="off"
              />
            )}
          </Field>
          <OrganizationPicker
            name="cellId"
            label={t('quality.cell')}
            value={cell}
            onChange={setCell}
            holdsMeetings
            required
            error={fe.cellId}
          />
          <div className="form-grid">
            <Field name="validFrom" label={t('common.validFrom')} required error={fe.validFrom}>
              {(p) => <input {...p} type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />}
            </Field>
            <Field name="validTo" label={t('common.validTo')} error={fe.validTo}>
              {(p) => <input {...p} type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />}
            </Field>
          </div>
          <CheckboxField name="delegate" label={t('quality.delegate')} checked={delegate} onChange={setDelegate} />
          <ErrorMessage error={create.error} hideFields={Object.keys(fe)} />
          {done && (
            <p className="alert alert-success" role="status">
              {t('quality.assigned')}
            </p>
          )}
          <button type="submit" className="btn btn-primary btn-block" disabled={create.isPending || !cell || !username}>
            {t('quality.assign')}
          </button>
        </form>
      )}
    </section>
  );
}
