import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { CheckboxField, Field } from '@/components/field';
import { OrganizationPicker } from '@/components/organization-picker';
import { isVersionConflict, submitMutation } from '@/lib/form';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useCellMeetings } from '../api/list-cell-meetings';
import { useSaveModelProgramme } from '../api/save-model-programme';
import { MODEL_INVITEES, MODEL_KINDS, type ModelKind, type ModelProgramme } from '../api/types';
import { shortfalls, toDraftSelection, toSelectionInput, type DraftSelection } from '../logic/selections';

const DEFAULT_INVITEES = ['CELL_MEMBERS', 'COMMITTEE_MEMBERS', 'CELL_SECRETARIES', 'SUPERVISORS'] as const;

/** Choose the model cells (kind, invitees) and the quarter; the rule's shortfalls show as you go. */
export function ProgrammeEditor({
  organizationId,
  programme,
  onDone,
  onReload,
}: {
  organizationId: string;
  programme: ModelProgramme;
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const save = useSaveModelProgramme(organizationId, programme.year);
  const [quarter, setQuarter] = useState(programme.quarter);
  const [rows, setRows] = useState<DraftSelection[]>(() => programme.selections.map(toDraftSelection));
  const missing = shortfalls(programme, rows);
  const update = (cellId: string, patch: Partial<DraftSelection>) =>
    setRows((rs) => rs.map((r) => (r.cellId === cellId ? { ...r, ...patch } : r)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void submitMutation(
      save.mutateAsync,
      { version: programme.version, quarter, selections: rows.map(toSelectionInput) },
      onDone,
    );
  };

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="model-edit">
      <h2 id="model-edit" className="section-title">
        {t('model.edit', { year: programme.year })}
      </h2>
      <Field name="quarter" label={t('model.quarter')}>
        {(p) => (
          <select {...p} value={quarter} onChange={(e) => setQuarter(Number(e.target.value))}>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {t('plan.quarter', { quarter: q })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ol className="plain-list plan-rows">
        {rows.map((r, i) => (
          <li key={r.cellId}>
            <fieldset className="plan-row" data-cell={r.cellId}>
              <legend>{r.cellName}</legend>
              <Field name={`selections.${i}.kind`} label={t('model.kind')}>
                {(p) => (
                  <select
                    {...p}
                    value={r.kind}
                    onChange={(e) => update(r.cellId, { kind: e.target.value as ModelKind })}
                  >
                    {MODEL_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`model.kind.${k}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <MeetingSelect
                name={`selections.${i}.meetingId`}
                cellId={r.cellId}
                year={programme.year}
                value={r.meetingId}
                onChange={(meetingId) => update(r.cellId, { meetingId })}
              />
              <p className="label">{t('model.invitees')}</p>
              {MODEL_INVITEES.map((inv) => (
                <CheckboxField
                  key={inv}
                  name={`selections.${i}.invitees.${inv}`}
                  label={t(`model.invitee.${inv}`)}
                  checked={r.invitees.includes(inv)}
                  onChange={(on) =>
                    update(r.cellId, {
                      invitees: on ? [...r.invitees, inv] : r.invitees.filter((x) => x !== inv),
                    })
                  }
                />
              ))}
              <Field name={`selections.${i}.inviteeNote`} label={t('model.inviteeNote')}>
                {(p) => (
                  <input
                    {...p}
                    type="text"
                    value={r.inviteeNote}
                    onChange={(e) => update(r.cellId, { inviteeNote: e.target.value })}
                  />
                )}
              </Field>
              <button
                type="button"
                className="btn btn-link btn-danger-link"
                onClick={() => setRows((rs) => rs.filter((x) => x.cellId !== r.cellId))}
              >
                {t('model.removeCell', { name: r.cellName })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <OrganizationPicker
        name="cellId"
        label={t('model.addCell')}
        value={null}
        holdsMeetings
        onChange={(picked) => {
          if (!picked || rows.some((r) => r.cellId === picked.id)) return;
          const kind: ModelKind =
            programme.bothKindsRequired && rows.some((r) => r.kind === 'REGULAR') ? 'TOPICAL' : 'REGULAR';
          setRows((rs) => [
            ...rs,
            {
              cellId: picked.id,
              cellName: picked.name,
              kind,
              meetingId: null,
              invitees: [...DEFAULT_INVITEES],
              inviteeNote: '',
            },
          ]);
        }}
      />
      {missing.length > 0 && (
        <ul className="alert alert-warning" role="status">
          {missing.map((m) => (
            <li key={m.code === 'kinds' ? `kinds-${m.missingKind}` : m.code}>
              {m.code === 'too-few'
                ? t('model.tooFew', { count: m.missing })
                : t('model.kindMissing', { kind: t(`model.kind.${m.missingKind}`) })}
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={save.error} onRetry={isVersionConflict(save.error) ? onReload : undefined} />
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The cell's meeting held as the model meeting (its meetings of the year). */
function MeetingSelect({
  name,
  cellId,
  year,
  value,
  onChange,
}: {
  name: string;
  cellId: string;
  year: number;
  value: string | null;
  onChange: (meetingId: string | null) => void;
}) {
  const { t, locale } = useI18n();
  const meetings = useCellMeetings(cellId, year);
  return (
    <Field name={name} label={t('model.meeting')} error={meetings.isError ? t('model.meetingsError') : undefined}>
      {(p) => (
        <select {...p} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">{t('model.meetingNone')}</option>
          {(meetings.data ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {formatDateTime(m.scheduledStart, locale)} · {t(`meeting.type.${m.type}`)}
              {m.title ? `: ${m.title}` : ''}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
