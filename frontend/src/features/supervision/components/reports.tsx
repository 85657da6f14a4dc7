import { useState } from 'react';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { OrganizationPicker, type PickedOrganization } from '@/components/organization-picker';
import { Pager } from '@/components/pager';
import { YearSwitch } from '@/components/period-switch';
import { QueryView } from '@/components/query-view';
import { Spinner } from '@/components/spinner';
import { isVersionConflict } from '@/lib/form';
import { formatDate, formatDateTime, todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useSupervisionReports } from '../api/list-supervision-reports';
import { useCreateSupervisionReport } from '../api/create-supervision-report';
import { useSubmitSupervisionReport } from '../api/submit-supervision-report';
import { useUpdateSupervisionReport } from '../api/update-supervision-report';
import type { SupervisionReport, SupervisionReportKind } from '../api/types';

const KINDS: SupervisionReportKind[] = ['HALF_YEAR', 'ANNUAL'];
const SIZE = 20;
const thisYear = () => Number(todayInVietnam().slice(0, 4));

/** Committee staff: the supervisors' reports to this committee for a year. */
export function CommitteeReports({ committeeId }: { committeeId: string }) {
  const { t } = useI18n();
  const [year, setYear] = useState(thisYear);
  const [page, setPage] = useState(0);
  const q = useSupervisionReports(committeeId, year, page, SIZE);
  return (
    <section className="card" aria-labelledby="sv-reports">
      <h2 id="sv-reports" className="section-title">
        {t('reports.title')}
      </h2>
      <YearSwitch
        year={year}
        onChange={(y) => {
          setYear(y);
          setPage(0);
        }}
      />
      <QueryView query={q} empty={t('reports.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <>
            <ul className="plain-list plan-items">
              {data.items.map((r) => (
                <li key={r.id}>
                  <ReportHead report={r} />
                  <details>
                    <summary>{t('reports.read')}</summary>
                    <p className="pre-wrap">{r.text}</p>
                  </details>
                </li>
              ))}
            </ul>
            <Pager of={data} onPage={setPage} label={t('reports.pages')} />
          </>
        )}
      </QueryView>
    </section>
  );
}

/** A supervisor's own reports to a committee: draft from the recorded visits, edit, submit. */
export function MyReports() {
  const { t } = useI18n();
  const [committee, setCommittee] = useState<PickedOrganization | null>(null);
  const [year, setYear] = useState(thisYear);
  const [page, setPage] = useState(0);
  const q = useSupervisionReports(committee?.id, year, page, SIZE);
  const create = useCreateSupervisionReport();
  return (
    <div className="my-reports">
      <OrganizationPicker
        name="committeeId"
        label={t('reports.committee')}
        value={committee}
        onChange={(picked) => {
          setCommittee(picked);
          setPage(0);
        }}
        holdsMeetings={false}
        required
      />
      <YearSwitch
        year={year}
        onChange={(y) => {
          setYear(y);
          setPage(0);
        }}
      />
      {!committee ? (
        <p className="muted">{t('reports.chooseCommittee')}</p>
      ) : q.isPending ? (
        <Spinner />
      ) : q.isError ? (
        <ErrorMessage error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <div className="button-row">
            {KINDS.filter((k) => !q.data.items.some((r) => r.kind === k)).map((kind) => (
              <button
                key={kind}
                type="button"
                className="btn btn-primary"
                disabled={create.isPending}
                onClick={() => create.mutate({ committeeId: committee.id, year, kind })}
              >
                {t(`reports.draft.${kind}`)}
              </button>
            ))}
          </div>
          <ErrorMessage error={create.error} />
          {q.data.items.length === 0 ? (
            <EmptyState title={t('reports.mineEmpty')} />
          ) : (
            <>
              <ul className="plain-list plan-items">
                {q.data.items.map((r) => (
                  <li key={r.id}>
                    <ReportHead report={r} />
                    {r.status === 'DRAFT' ? (
                      <ReportEditor key={r.version} report={r} onReload={() => void q.refetch()} />
                    ) : (
                      <p className="pre-wrap">{r.text}</p>
                    )}
                  </li>
                ))}
              </ul>
              <Pager of={q.data} onPage={setPage} label={t('reports.pages')} />
            </>
          )}
        </>
      )}
    </div>
  );
}

function ReportHead({ report: r }: { report: SupervisionReport }) {
  const { t, locale } = useI18n();
  return (
    <>
      <p className="card-title">
        {t(`reports.kind.${r.kind}`)} {r.year} · {r.authorName ?? r.author}
      </p>
      <p className="badges">
        <span className={r.status === 'SUBMITTED' ? 'badge status-official' : 'badge badge-pending'}>
          {t(`reports.status.${r.status}`)}
        </span>
        {r.late && <span className="badge badge-danger">{t('plan.late')}</span>}
      </p>
      <p className="muted small">
        {t('common.period', { from: formatDate(r.periodFrom, locale), to: formatDate(r.periodTo, locale) })} ·{' '}
        {t('reports.counts', { visits: r.visitCount, cells: r.cellCount, problems: r.problemCount })} ·{' '}
        {r.submittedAt
          ? t('reports.submittedAt', { when: formatDateTime(r.submittedAt, locale) })
          : t('reports.due', { date: formatDate(r.dueDate, locale) })}
      </p>
    </>
  );
}

function ReportEditor({ report: r, onReload }: { report: SupervisionReport; onReload: () => void }) {
  const { t } = useI18n();
  const update = useUpdateSupervisionReport();
  const submit = useSubmitSupervisionReport();
  const [text, setText] = useState(r.text);
  const busy = update.isPending || submit.isPending;
  const error = update.error ?? submit.error;
  const send = async () => {
    update.reset();
    submit.reset();
    try {
      let version = r.version;
      if (text !== r.text) version = (await update.mutateAsync({ id: r.id, version, text })).version;
      await submit.mutateAsync({ id: r.id, version });
    } catch {
      /* shown below */
    }
  };
  return (
    <form
      className="form"
      noValidate
      aria-label={t('reports.edit', { kind: t(`reports.kind.${r.kind}`) })}
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) update.mutate({ id: r.id, version: r.version, text });
      }}
    >
      <Field name="text" label={t('reports.text')} required>
        {(p) => <textarea {...p} rows={10} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <ErrorMessage error={error} onRetry={isVersionConflict(error) ? onReload : undefined} />
      <div className="button-row">
        <button type="submit" className="btn btn-secondary" disabled={busy || !text.trim()}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="btn btn-primary" disabled={busy || !text.trim()} onClick={() => void send()}>
          {t('reports.submit')}
        </button>
      </div>
    </form>
  );
}
