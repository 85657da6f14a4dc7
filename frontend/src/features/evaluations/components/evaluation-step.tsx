import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { Spinner } from '@/components/spinner';
import { ApiError } from '@/lib/api/problem';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { evaluationQueryOptions, useEvaluation } from '../api/get-evaluation';
import { useScoringTemplate } from '../api/get-scoring-template';
import { useSaveEvaluation } from '../api/save-evaluation';
import { useSubmitEvaluation } from '../api/submit-evaluation';
import type { Evaluation, EvaluationSave, Rating, ScoringCriterion } from '../api/types';
import { EvaluationSummary } from './evaluation-summary';
import { ScoreTable } from './score-table';

const RATINGS: Rating[] = ['GOOD', 'FAIR', 'AVERAGE', 'POOR'];
const EDITABLE = new Set<Evaluation['status']>(['NOT_STARTED', 'DRAFT', 'RETURNED']);

interface FormState {
  points: Record<string, string>;
  justifications: Record<string, string>;
  comment: string;
  proposedRating: Rating | '';
}

const initialForm = (e: Evaluation): FormState => ({
  points: Object.fromEntries(e.scores.map((s) => [s.code, String(s.selfPoints ?? s.autoPoints ?? '')])),
  justifications: Object.fromEntries(e.scores.map((s) => [s.code, s.justification ?? ''])),
  comment: e.comment ?? '',
  proposedRating: '',
});

const parse = (v: string | undefined) => (v == null || v.trim() === '' ? undefined : Number(v.replace(',', '.')));

/**
 * The meeting's evaluation step: the sheet in force as a tree, automatic values prefilled, a
 * justification wherever the score departs from them; the rating always comes from the server.
 */
export function EvaluationStep({ meetingId, held, mayRun }: { meetingId: string; held: boolean; mayRun: boolean }) {
  const { t } = useI18n();
  const query = useEvaluation(meetingId, held);
  if (!held) return <p className="alert alert-info">{t('eval.notHeld')}</p>;
  if (query.isPending) return <Spinner />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const e = query.data;
  const editable = mayRun && EDITABLE.has(e.status);
  return (
    <section className="evaluation-step" aria-labelledby="eval-title">
      <h2 id="eval-title" className="section-title">
        {t('eval.title')}
      </h2>
      <EvaluationSummary evaluation={e} />
      {editable ? (
        <EvaluationForm key={e.status} meetingId={meetingId} evaluation={e} />
      ) : (
        <>
          {e.status === 'SUBMITTED' && <p className="muted">{t('eval.submittedNote')}</p>}
          <ScoreTable evaluation={e} />
          {e.comment && <p>{t('eval.selfComment', { comment: e.comment })}</p>}
        </>
      )}
    </section>
  );
}

function EvaluationForm({ meetingId, evaluation: e }: { meetingId: string; evaluation: Evaluation }) {
  const { t, locale } = useI18n();
  const template = useScoringTemplate(e.templateId);
  const save = useSaveEvaluation(meetingId);
  const submit = useSubmitEvaluation(meetingId);
  const queryClient = useQueryClient();
  const [form, setForm] = useState<FormState>(() => initialForm(e));
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const [done, setDone] = useState(false);
  const byCode = new Map(e.scores.map((s) => [s.code, s]));

  const departs = (code: string) => {
    const auto = byCode.get(code)?.autoPoints;
    const v = parse(form.points[code]);
    return auto != null && v !== undefined && v !== auto;
  };

  const body = (): EvaluationSave => ({
    version: e.version,
    scores: e.scores
      .filter((s) => parse(form.points[s.code]) !== undefined)
      .map((s) => ({
        code: s.code,
        points: parse(form.points[s.code])!,
        justification: departs(s.code) ? form.justifications[s.code]?.trim() || null : null,
      })),
    comment: form.comment.trim() || null,
    proposedRating: form.proposedRating || null,
  });

  // Field errors name the position in the scores sent: scores[i].justification
  const sent = body();
  const serverErrors: Record<string, string> = {};
  const error = save.error ?? submit.error;
  if (error instanceof ApiError) {
    for (const fe of error.errors) {
      const m = /^scores\[(\d+)\]\.(\w+)$/.exec(fe.field);
      const code = m && sent.scores[Number(m[1])]?.code;
      if (code) serverErrors[code] = fe.message;
    }
  }

  const validate = () => {
    const miss: Record<string, boolean> = {};
    for (const s of e.scores) if (departs(s.code) && !form.justifications[s.code]?.trim()) miss[s.code] = true;
    setMissing(miss);
    return Object.keys(miss).length === 0;
  };

  const onSave = (ev: FormEvent) => {
    ev.preventDefault();
    setDone(false);
    submit.reset();
    if (!validate()) return;
    save.mutate(body(), { onSuccess: () => setDone(true) });
  };

  const onSubmit = async () => {
    setDone(false);
    save.reset();
    submit.reset();
    if (!validate()) return;
    try {
      await save.mutateAsync(body());
      // Submit on the version the server now holds (read back: the save's answer can lag by one).
      const fresh = await queryClient.fetchQuery({ ...evaluationQueryOptions(meetingId), staleTime: 0 });
      await submit.mutateAsync(fresh.version);
    } catch {
      /* shown below */
    }
  };

  const setPoints = (code: string, v: string) => setForm((f) => ({ ...f, points: { ...f.points, [code]: v } }));
  const total = e.scores.reduce((sum, s) => sum + (parse(form.points[s.code]) ?? 0), 0);
  const max = template.data?.total ?? e.scores.reduce((sum, s) => sum + s.maxPoints, 0);
  const busy = save.isPending || submit.isPending;

  const leaf = (c: ScoringCriterion) => {
    const s = byCode.get(c.code);
    const value = form.points[c.code] ?? '';
    const name = `points-${c.code}`;
    const choice = (label: string, points: number) => (
      <label key={`${label}-${points}`} className={parse(value) === points ? 'choice choice-on' : 'choice'}>
        <input
          type="radio"
          name={name}
          value={String(points)}
          checked={parse(value) === points}
          onChange={() => setPoints(c.code, String(points))}
        />
        <span>
          {label} <span className="muted">({formatNumber(points, locale)})</span>
        </span>
      </label>
    );
    let control;
    if (c.levels.length > 0) {
      control = (
        <div className="choices" role="radiogroup" aria-label={c.name}>
          {c.levels.map((l) => choice(l.label, l.points))}
        </div>
      );
    } else if (c.inputType === 'YES_NO') {
      control = (
        <div className="choices" role="radiogroup" aria-label={c.name}>
          {choice(t('eval.yes'), c.maxPoints)}
          {choice(t('eval.no'), 0)}
        </div>
      );
    } else {
      control = (
        <input
          type="number"
          inputMode="decimal"
          className="points-input"
          aria-label={`${c.code} ${t('eval.points')}`}
          min={0}
          max={c.maxPoints}
          step="any"
          value={value}
          onChange={(ev) => setPoints(c.code, ev.target.value)}
        />
      );
    }
    const justificationError = missing[c.code] ? t('eval.justificationRequired') : serverErrors[c.code];
    return (
      <fieldset
        key={c.code}
        className="criterion criterion-leaf"
        data-code={c.code}
        data-input={c.inputType ?? ''}
        data-max={c.maxPoints}
      >
        <legend>
          <span className="criterion-code">{c.code}</span> {c.name}
        </legend>
        <p className="criterion-meta muted">
          {t('eval.max', { points: formatNumber(c.maxPoints, locale) })}
          {s?.autoPoints != null && (
            <>
              {' · '}
              <span className="badge badge-auto">{t('eval.autoTag')}</span>{' '}
              {t('eval.auto', { points: formatNumber(s.autoPoints, locale) })}
            </>
          )}
          {c.gate && <span className="badge badge-gate"> {t('eval.gate')}</span>}
        </p>
        {control}
        {(departs(c.code) || serverErrors[c.code]) && (
          <Field name={`justification-${c.code}`} label={t('eval.justification')} required error={justificationError}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={form.justifications[c.code] ?? ''}
                onChange={(ev) =>
                  setForm((f) => ({ ...f, justifications: { ...f.justifications, [c.code]: ev.target.value } }))
                }
              />
            )}
          </Field>
        )}
        {!departs(c.code) && !serverErrors[c.code] && missing[c.code] && (
          <p className="field-error">{justificationError}</p>
        )}
      </fieldset>
    );
  };

  const node = (c: ScoringCriterion) =>
    c.children.length === 0 ? (
      leaf(c)
    ) : (
      <div key={c.code} className="criterion criterion-group" data-code={c.code}>
        <h3 className="criterion-title">
          <span className="criterion-code">{c.code}</span> {c.name}{' '}
          <span className="muted">({t('eval.max', { points: formatNumber(c.maxPoints, locale) })})</span>
          {c.gate && <span className="badge badge-gate"> {t('eval.gate')}</span>}
        </h3>
        {c.children.map(node)}
      </div>
    );

  if (template.isPending) return <Spinner />;
  const criteria: ScoringCriterion[] =
    template.data?.criteria ??
    e.scores.map((s) => ({
      code: s.code,
      name: s.name,
      maxPoints: s.maxPoints,
      gate: s.gate,
      inputType: 'POINTS',
      levels: [],
      children: [],
    }));

  return (
    <form className="form evaluation-form" onSubmit={onSave} noValidate>
      {criteria.map(node)}
      <Field name="comment" label={t('eval.comment')}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={form.comment}
            onChange={(ev) => setForm((f) => ({ ...f, comment: ev.target.value }))}
          />
        )}
      </Field>
      <Field name="proposedRating" label={t('eval.proposedRating')}>
        {(p) => (
          <select
            {...p}
            value={form.proposedRating}
            onChange={(ev) => setForm((f) => ({ ...f, proposedRating: ev.target.value as Rating | '' }))}
          >
            <option value="">{t('eval.proposedNone')}</option>
            {RATINGS.map((r) => (
              <option key={r} value={r}>
                {t(`rating.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="live-total" aria-live="polite">
        {t('eval.liveTotal', { total: formatNumber(total, locale), max: formatNumber(max, locale) })}
      </p>
      <ErrorMessage
        error={error}
        hideFields={sent.scores.map((_, i) => `scores[${i}].justification`)}
        onRetry={
          error instanceof ApiError && error.isVersionConflict
            ? () => {
                save.reset();
                submit.reset();
                void queryClient.invalidateQueries({ queryKey: evaluationQueryOptions(meetingId).queryKey });
              }
            : undefined
        }
      />
      {done && !error && (
        <p className="alert alert-success" role="status">
          {t('eval.savedOk')}
        </p>
      )}
      <div className="form-actions sticky-actions">
        <button type="submit" className="btn btn-secondary btn-large" disabled={busy}>
          {save.isPending ? t('common.saving') : t('eval.save')}
        </button>
        <button type="button" className="btn btn-primary btn-large" disabled={busy} onClick={() => void onSubmit()}>
          {submit.isPending ? t('eval.submitting') : t('eval.submit')}
        </button>
      </div>
    </form>
  );
}
