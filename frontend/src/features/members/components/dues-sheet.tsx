import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Spinner } from '@/components/spinner';
import { formatDateTime, todayInVietnam } from '@/lib/format';
import { isVersionConflict, serverFieldErrors } from '@/lib/form';
import { useI18n } from '@/lib/i18n/i18n';
import { useDues } from '../api/get-dues';
import { useRecordDues } from '../api/record-dues';
import { DUES_STATUSES, type DuesSheet, type DuesStatus } from '../api/types';

interface Row {
  status: DuesStatus | '';
  reason: string;
}

/**
 * A cell's party dues (đảng phí) month by month: the secretary marks each member paid, unpaid or exempt (with a
 * reason) and saves the month in one go. Three months of unpaid dues or skipped meetings in a year raise a
 * warning to the cell (BR-H6).
 */
export function DuesSheetPanel({ organizationId, canWrite }: { organizationId: string; canWrite: boolean }) {
  const { t } = useI18n();
  const [month, setMonth] = useState(todayInVietnam().slice(0, 7));
  const sheet = useDues(organizationId, month);
  // Held here, not in the form: a save moves the version, which remounts the form with the saved lines.
  const record = useRecordDues(organizationId, month);
  return (
    <section className="card">
      <div className="form-grid">
        <label className="field">
          <span>{t('dues.month')}</span>
          <input
            type="month"
            value={month}
            max={todayInVietnam().slice(0, 7)}
            onChange={(e) => {
              if (!e.target.value) return;
              record.reset();
              setMonth(e.target.value);
            }}
          />
        </label>
      </div>
      {sheet.isPending && <Spinner />}
      {sheet.isError && <ErrorMessage error={sheet.error} onRetry={() => void sheet.refetch()} />}
      {sheet.data && (
        <DuesForm
          key={`${month}-${sheet.data.version}`}
          record={record}
          sheet={sheet.data}
          canWrite={canWrite}
          onReload={() => void sheet.refetch()}
        />
      )}
    </section>
  );
}

function DuesForm(props: {
  record: ReturnType<typeof useRecordDues>;
  sheet: DuesSheet;
  canWrite: boolean;
  onReload: () => void;
}) {
  const { record, sheet, canWrite, onReload } = props;
  const { t, locale } = useI18n();
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(sheet.lines.map((l) => [l.memberId, { status: l.status ?? '', reason: l.reason ?? '' }])),
  );
  const errors = serverFieldErrors(record.error);
  const set = (memberId: string, change: Partial<Row>) =>
    setRows((r) => ({ ...r, [memberId]: { ...r[memberId]!, ...change } }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const lines = sheet.lines
      .filter((l) => rows[l.memberId]?.status)
      .map((l) => ({
        memberId: l.memberId,
        status: rows[l.memberId]!.status as DuesStatus,
        reason: rows[l.memberId]!.reason.trim() || null,
      }));
    record.mutate({ version: sheet.version, lines });
  };
  const lineIndex = (memberId: string) =>
    sheet.lines.filter((l) => rows[l.memberId]?.status).findIndex((l) => l.memberId === memberId);

  return (
    <form onSubmit={submit} noValidate>
      <ErrorMessage
        error={record.error}
        hideFields={Object.keys(errors).filter((f) => f.startsWith('lines['))}
        onRetry={isVersionConflict(record.error) ? onReload : undefined}
      />
      <p className="hint">
        {sheet.recordedAt
          ? t('dues.recorded', { by: sheet.recordedBy ?? '', at: formatDateTime(sheet.recordedAt, locale) })
          : t('dues.notRecorded')}
      </p>
      <table className="table">
        <caption>{t('dues.caption', { month: sheet.month })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dues.member')}</th>
            <th scope="col">{t('dues.status')}</th>
            <th scope="col">{t('dues.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.lines.map((l) => {
            const row = rows[l.memberId]!;
            const i = lineIndex(l.memberId);
            const reasonError = i >= 0 ? errors[`lines[${i}].reason`] : undefined;
            const memberError = i >= 0 ? errors[`lines[${i}].memberId`] : undefined;
            return (
              <tr key={l.memberId}>
                <th scope="row">
                  {l.fullName}
                  {memberError && <span className="field-error">{memberError}</span>}
                </th>
                <td>
                  <select
                    aria-label={t('dues.statusOf', { name: l.fullName })}
                    value={row.status}
                    disabled={!canWrite}
                    onChange={(e) => set(l.memberId, { status: e.target.value as DuesStatus | '' })}
                  >
                    <option value="">{t('dues.status.none')}</option>
                    {DUES_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`dues.status.${s}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={t('dues.reasonOf', { name: l.fullName })}
                    value={row.reason}
                    maxLength={500}
                    disabled={!canWrite || row.status !== 'EXEMPT'}
                    aria-invalid={reasonError ? true : undefined}
                    onChange={(e) => set(l.memberId, { reason: e.target.value })}
                  />
                  {reasonError && <span className="field-error">{reasonError}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {canWrite && (
        <button type="submit" className="btn btn-primary" disabled={record.isPending}>
          {t('dues.save')}
        </button>
      )}
      {record.isSuccess && <p role="status">{t('dues.saved')}</p>}
    </form>
  );
}
