import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { saveBlob } from '@/lib/api/download';
import { isVersionConflict, serverFieldErrors } from '@/lib/form';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '@/lib/format';
import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { useDraft } from '@/lib/use-draft';
import { usePeriodicReport, useReportRevisions } from '../api/get-periodic-report';
import { fetchReportPdf, useReportStep } from '../api/report-step';
import type { PeriodicReport, ReportSections } from '../api/types';
import { periodLabel } from '../logic/report-logic';
import { changedSections, SECTION_KEYS, toSectionsForm, type SectionsForm } from '../logic/report-sections';
import { ReportSectionsFields } from './report-sections-fields';
import { ReportSigner } from './report-signer';

const REVISIONS_SIZE = 20;

/** One periodic report: figures, the written sections (editable while a draft), submit, resubmit, PDF, revisions. */
export function ReportDetail({ id }: { id: string }) {
  const query = usePeriodicReport(id);
  return (
    <QueryView query={query}>
      {(report) => <Report key={report.version} report={report} onReload={() => void query.refetch()} />}
    </QueryView>
  );
}

function Report({ report, onReload }: { report: PeriodicReport; onReload: () => void }) {
  const { t, lang, locale } = useI18n();
  return (
    <div className="periodic-report">
      <section className="card" aria-labelledby="report-head">
        <h2 id="report-head" className="section-title">
          {t(`periodic.kind.${report.kind}`)} · {periodLabel(report.period, lang)}
        </h2>
        <p>
          {report.recipientName && <span>{t('periodic.recipient', { name: report.recipientName })} · </span>}
          {t('periodic.due', { date: formatDate(report.dueDate, locale) })} ·{' '}
          <strong>{t(`periodic.status.${report.status}`)}</strong>
          {report.late && <span className="badge badge-warn">{t('periodic.late')}</span>}
          {report.revision > 0 && (
            <span className="muted"> ({t('periodic.revision', { revision: report.revision })})</span>
          )}
        </p>
        {report.signature && (
          <p>
            <ReportSigner signature={report.signature} />
          </p>
        )}
        <PdfButton report={report} />
      </section>
      <Figures report={report} />
      {report.status === 'DRAFT' ? (
        <SectionsEditor report={report} onReload={onReload} />
      ) : (
        <>
          <SectionsView sections={report.sections} />
          <ResubmitForm report={report} onReload={onReload} />
          <Revisions id={report.id} />
        </>
      )}
    </div>
  );
}

function PdfButton({ report }: { report: PeriodicReport }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      saveBlob(await fetchReportPdf(report.id), `bao-cao-${report.period}.pdf`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void download()}>
        {busy ? t('periodic.downloading') : t('periodic.pdf')}
      </button>
      {error !== null && <ErrorMessage error={error} />}
    </div>
  );
}

function Figures({ report }: { report: PeriodicReport }) {
  const { t, locale } = useI18n();
  const d = report.figures.dashboard;
  const m = report.figures.modelProgramme;
  const rows: [string, string][] = [];
  if (d) {
    rows.push([t('periodic.fig.cells'), formatNumber(d.cells, locale)]);
    rows.push([t('periodic.fig.regimeMet'), `${d.regime.met}/${d.regime.expected}`]);
    rows.push([t('periodic.fig.regularHeld'), formatNumber(d.regime.regularHeld, locale)]);
    for (const q of d.topical)
      rows.push([t('periodic.fig.topical', { quarter: q.quarter }), `${q.cellsMet}/${q.cellsExpected}`]);
    rows.push([t('periodic.fig.attendance'), formatPercent(d.attendance.rate, locale)]);
    rows.push([t('periodic.fig.evaluated'), `${d.ratings.evaluated}/${d.ratings.verified}`]);
    rows.push([
      t('periodic.fig.coverage', { quarter: d.coverage.quarter }),
      `${d.coverage.covered}/${d.coverage.cells}`,
    ]);
  }
  if (m) {
    rows.push([t('periodic.fig.modelSelections'), m.selections.map((s) => s.cellName).join(', ') || '-']);
    rows.push([t('periodic.fig.modelRequired'), formatNumber(m.requiredCount, locale)]);
  }
  return (
    <section className="card" aria-labelledby="report-figures">
      <h2 id="report-figures" className="section-title">
        {t('periodic.figures')}
      </h2>
      <p className="muted">{t('periodic.figuresAsOf', { date: formatDate(report.figures.asOf, locale) })}</p>
      <table className="table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The draft's sections, kept in the browser while typed so a reload or a lost connection loses nothing. */
function SectionsEditor({ report, onReload }: { report: PeriodicReport; onReload: () => void }) {
  const { t } = useI18n();
  const step = useReportStep(report.id);
  const draft = useDraft<{ baseVersion: number; sections: SectionsForm }>(`periodic-report.${report.id}`, () => ({
    baseVersion: report.version,
    sections: toSectionsForm(report.sections),
  }));
  const v = draft.value.sections;
  const server = serverFieldErrors(step.error);
  const set = (key: keyof SectionsForm, value: string) =>
    draft.update((prev) => ({ ...prev, sections: { ...prev.sections, [key]: value } }));
  const save = (e: FormEvent) => {
    e.preventDefault();
    step.mutate(
      { action: 'SAVE', body: { version: draft.value.baseVersion, sections: v } },
      { onSuccess: () => draft.clear() },
    );
  };
  const submit = () => {
    if (!window.confirm(t('periodic.submitConfirm'))) return;
    step.mutate({ action: 'SUBMIT', body: { version: report.version } }, { onSuccess: () => draft.clear() });
  };
  const dirty = JSON.stringify(v) !== JSON.stringify(toSectionsForm(report.sections));
  return (
    <form className="form card" onSubmit={save} noValidate aria-labelledby="report-sections">
      <h2 id="report-sections" className="section-title">
        {t('periodic.sections')}
      </h2>
      {draft.restored && (
        <p className="alert alert-info" role="status">
          {t('draft.restored')}{' '}
          <button
            type="button"
            className="btn btn-link"
            onClick={() => draft.clear({ baseVersion: report.version, sections: toSectionsForm(report.sections) })}
          >
            {t('draft.discard')}
          </button>
        </p>
      )}
      <ReportSectionsFields value={v} onChange={set} errors={server} />
      <ErrorMessage error={step.error} onRetry={isVersionConflict(step.error) ? onReload : undefined} />
      <div className="button-row">
        <button type="submit" className="btn btn-secondary" disabled={step.isPending}>
          {step.isPending ? t('common.saving') : t('periodic.save')}
        </button>
        <button type="button" className="btn btn-primary" disabled={step.isPending || dirty} onClick={submit}>
          {t('periodic.submit')}
        </button>
      </div>
    </form>
  );
}

function SectionsView({ sections }: { sections: ReportSections }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="report-sections">
      <h2 id="report-sections" className="section-title">
        {t('periodic.sections')}
      </h2>
      {SECTION_KEYS.map((k) => (
        <div key={k}>
          <h3>{t(`periodic.section.${k}` as MessageKey)}</h3>
          <p className="pre-wrap">{sections[k] ?? '-'}</p>
        </div>
      ))}
    </section>
  );
}

/**
 * Sends a submitted report again as a new revision: the reason is required, and every section can be corrected
 * (only the ones changed are sent; the server keeps the others as they were).
 */
function ResubmitForm({ report, onReload }: { report: PeriodicReport; onReload: () => void }) {
  const { t } = useI18n();
  const step = useReportStep(report.id);
  const draft = useDraft(`periodic-report-resend.${report.id}`, () => ({
    reason: '',
    sections: toSectionsForm(report.sections),
  }));
  const [error, setError] = useState<string>();
  const server = serverFieldErrors(step.error);
  const set = (key: keyof SectionsForm, value: string) =>
    draft.update((prev) => ({ ...prev, sections: { ...prev.sections, [key]: value } }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.value.reason.trim()) {
      setError(t('periodic.reasonRequired'));
      return;
    }
    setError(undefined);
    step.mutate(
      {
        action: 'RESUBMIT',
        body: {
          version: report.version,
          reason: draft.value.reason.trim(),
          sections: changedSections(report.sections, draft.value.sections),
        },
      },
      { onSuccess: () => draft.clear() },
    );
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-label={t('periodic.resubmit')}>
      <p className="muted">{t('periodic.resubmitHint')}</p>
      <Field name="reason" label={t('periodic.reason')} required error={error ?? server.reason}>
        {(p) => (
          <input
            {...p}
            value={draft.value.reason}
            onChange={(e) => draft.update((prev) => ({ ...prev, reason: e.target.value }))}
          />
        )}
      </Field>
      <ReportSectionsFields value={draft.value.sections} onChange={set} errors={server} rows={4} />
      <ErrorMessage
        error={step.error}
        hideFields={['reason']}
        onRetry={isVersionConflict(step.error) ? onReload : undefined}
      />
      <button type="submit" className="btn btn-secondary" disabled={step.isPending}>
        {step.isPending ? t('common.saving') : t('periodic.resubmit')}
      </button>
    </form>
  );
}

function Revisions({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(0);
  const query = useReportRevisions(id, true, page, REVISIONS_SIZE);
  return (
    <section className="card" aria-labelledby="report-revisions">
      <h2 id="report-revisions" className="section-title">
        {t('periodic.revisions')}
      </h2>
      <QueryView query={query}>
        {(revisions) => (
          <>
            <ol start={revisions.page * revisions.size + 1}>
              {revisions.items.map((r) => (
                <li key={r.revision}>
                  {t('periodic.revisionLine', {
                    revision: r.revision,
                    date: formatDateTime(r.submittedAt, locale),
                    by: r.submittedBy,
                  })}
                  {r.signature && (
                    <span>
                      {' · '}
                      <ReportSigner signature={r.signature} />
                    </span>
                  )}
                  {r.late && <span className="badge badge-warn">{t('periodic.late')}</span>}
                  {r.reason && <span className="muted"> — {r.reason}</span>}
                </li>
              ))}
            </ol>
            <Pager of={revisions} onPage={setPage} label={t('periodic.revisionPages')} />
          </>
        )}
      </QueryView>
    </section>
  );
}
