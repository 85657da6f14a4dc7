import { useRef, useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { focusFirstInvalid, isVersionConflict, serverFieldErrors } from '@/lib/form';
import { todayInVietnam } from '@/lib/format';
import { useDraft } from '@/lib/use-draft';
import { useI18n } from '@/lib/i18n/i18n';
import { usePolicy } from '../api/get-policy';
import { useTopicGroups } from '../api/list-topic-groups';
import { usePlanMembers, type PlanMember } from '../api/list-plan-members';
import { useSaveTopicalPlan } from '../api/save-topical-plan';
import { useSubmitTopicalPlan } from '../api/submit-topical-plan';
import type { PlanItemKind, TopicalPlan, TopicGroup } from '../api/types';
import {
  blankDraft,
  emptyQuarters,
  firstOpenMonth,
  groupByQuarter,
  itemErrorsFromServer,
  missingFields,
  missingForums,
  monthsOfQuarter,
  QUARTERS,
  quarterEnded,
  quarterOf,
  toDraft,
  toInput,
  type DraftItem,
  type ItemErrors,
} from '../logic/plan-items';

const KINDS: PlanItemKind[] = ['TOPICAL', 'FORUM'];

function initialRows(plan: TopicalPlan | null, year: number, today: string): DraftItem[] {
  if (plan) return plan.items.map(toDraft);
  // A new plan starts with one topical session in every quarter still open.
  const first = firstOpenMonth(year, today);
  return QUARTERS.filter((q) => !quarterEnded(year, q, today)).map((q) =>
    blankDraft(Math.max(first, monthsOfQuarter(q)[0])),
  );
}

/**
 * The secretary's editor of the year's topical sessions, one card per session grouped by quarter,
 * made for a phone: save as a draft, or save and send to the committee.
 */
export function PlanEditor({
  organizationId,
  year,
  plan,
  onReload,
}: {
  organizationId: string;
  year: number;
  plan: TopicalPlan | null;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const today = todayInVietnam();
  const groups = useTopicGroups();
  const members = usePlanMembers(organizationId);
  const save = useSaveTopicalPlan(organizationId, year);
  const submit = useSubmitTopicalPlan();
  // Kept in localStorage while edited (a phone loses the connection, or the page is reloaded); the
  // draft remembers the version it was typed on, so it never overwrites someone else's save silently.
  const draft = useDraft(`topical-plan.${organizationId}.${year}`, () => ({
    rows: initialRows(plan, year, today),
    baseVersion: plan?.version ?? 0,
    dirty: !plan,
  }));
  const { rows, dirty } = draft.value;
  const setRows = (f: (rows: DraftItem[]) => DraftItem[]) =>
    draft.update((d) => ({ ...d, rows: f(d.rows), dirty: true }));
  const discard = () => {
    draft.clear();
    onReload();
  };
  const [localErrors, setLocalErrors] = useState<Record<string, ItemErrors>>({});
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const busy = save.isPending || submit.isPending;

  const server = itemErrorsFromServer(serverFieldErrors(save.error ?? submit.error), rows);
  const errorsOf = (key: string): ItemErrors => ({ ...server.byKey[key], ...localErrors[key] });
  const openMonths = Array.from({ length: 12 }, (_, i) => i + 1).filter(
    (m) => !quarterEnded(year, quarterOf(m), today),
  );
  // The rules of the plan's year (today's for the current year): topical sessions per quarter, forums.
  const policy = usePolicy(organizationId, String(year) === today.slice(0, 4) ? today : `${year}-01-01`);
  const perQuarter = policy.data?.topicalPerQuarter ?? 1;
  const missingQuarters = emptyQuarters(rows, perQuarter).filter((q) => !quarterEnded(year, q, today));
  const forumsShort = policy.data ? missingForums(rows, policy.data.forumsPerYearMin) : 0;
  const refuses = policy.data?.emptyQuarterRule === 'REFUSE';

  const change = (key: string, patch: Partial<DraftItem>) => {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setLocalErrors((e) => {
      if (!e[key]) return e;
      const rest = { ...e[key] };
      for (const k of Object.keys(patch)) delete rest[k as keyof ItemErrors];
      return { ...e, [key]: rest };
    });
    setSaved(false);
  };
  const remove = (key: string) => {
    setRows((rs) => rs.filter((r) => r.key !== key));
    setSaved(false);
  };
  const add = (quarter: number) => {
    const month = monthsOfQuarter(quarter).find((m) => openMonths.includes(m)) ?? monthsOfQuarter(quarter)[0];
    setRows((rs) => [...rs, blankDraft(month)]);
    setSaved(false);
  };

  const run = async (andSubmit: boolean) => {
    setSaved(false);
    const missing: Record<string, ItemErrors> = {};
    for (const r of rows) {
      const fields = missingFields(r);
      if (fields.length > 0) missing[r.key] = Object.fromEntries(fields.map((f) => [f, t(`plan.required.${f}`)]));
    }
    setLocalErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    save.reset();
    submit.reset();
    let current = plan;
    try {
      if (dirty || !current) {
        current = await save.mutateAsync({ version: draft.value.baseVersion, items: rows.map(toInput) });
        draft.clear({ rows: current.items.map(toDraft), baseVersion: current.version, dirty: false });
      }
      if (andSubmit) await submit.mutateAsync({ planId: current.id, version: current.version });
      else setSaved(true);
    } catch {
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <form
      ref={formRef}
      className="form plan-editor"
      noValidate
      aria-label={t('plan.editor', { year })}
      onSubmit={(e) => {
        e.preventDefault();
        void run(false);
      }}
    >
      {draft.restored && dirty && (
        <p className="alert alert-info" role="status">
          {t('draft.restored')}{' '}
          <button type="button" className="btn btn-link" onClick={discard}>
            {t('draft.discard')}
          </button>
        </p>
      )}
      {groupByQuarter(rows).map(({ quarter, items }) => {
        const ended = quarterEnded(year, quarter, today);
        return (
          <section key={quarter} className="card plan-quarter" aria-labelledby={`eq-${quarter}`}>
            <h2 id={`eq-${quarter}`} className="section-title">
              {t('plan.quarter', { quarter })}
            </h2>
            {ended && <p className="hint">{t('plan.quarterEnded')}</p>}
            {items.length === 0 && <p className="muted">{t('plan.quarterEmpty')}</p>}
            <ol className="plain-list plan-rows">
              {items.map((row) => (
                <li key={row.key}>
                  <ItemRow
                    row={row}
                    number={rows.indexOf(row) + 1}
                    locked={row.fixed || (!!row.id && quarterEnded(year, quarterOf(row.plannedMonth), today))}
                    months={openMonths.includes(row.plannedMonth) ? openMonths : [row.plannedMonth, ...openMonths]}
                    groups={groups.data ?? []}
                    members={members.data ?? []}
                    errors={errorsOf(row.key)}
                    onChange={(patch) => change(row.key, patch)}
                    onRemove={() => remove(row.key)}
                  />
                </li>
              ))}
            </ol>
            {!ended && (
              <button type="button" className="btn btn-secondary btn-block" onClick={() => add(quarter)}>
                {t('plan.add', { quarter })}
              </button>
            )}
          </section>
        );
      })}
      <ErrorMessage error={groups.error} onRetry={() => void groups.refetch()} />
      {(missingQuarters.length > 0 || forumsShort > 0) && (
        <ul className="alert alert-warning plan-rule-warnings" role="status">
          {missingQuarters.length > 0 && (
            <li>
              {t('plan.emptyQuarters', {
                quarters: missingQuarters.map((q) => t('plan.quarter', { quarter: q })).join(', '),
                count: perQuarter,
              })}
              {refuses && ` ${t('plan.emptyRefused')}`}
            </li>
          )}
          {forumsShort > 0 && <li>{t('plan.forumsShort', { count: forumsShort })}</li>}
        </ul>
      )}
      <ErrorMessage
        error={save.error ?? submit.error}
        hideFields={server.handled}
        onRetry={isVersionConflict(save.error ?? submit.error) ? discard : undefined}
      />
      {saved && (
        <p className="alert alert-success" role="status">
          {t('plan.saved')}
        </p>
      )}
      <div className="sticky-actions">
        <button type="submit" className="btn btn-secondary btn-large" disabled={busy}>
          {save.isPending && !submit.isPending ? t('common.saving') : t('plan.saveDraft')}
        </button>
        <button type="button" className="btn btn-primary btn-large" disabled={busy} onClick={() => void run(true)}>
          {t('plan.submit')}
        </button>
      </div>
    </form>
  );
}

function ItemRow({
  row,
  number,
  locked,
  months,
  groups,
  members,
  errors,
  onChange,
  onRemove,
}: {
  row: DraftItem;
  number: number;
  locked: boolean;
  months: number[];
  groups: TopicGroup[];
  members: PlanMember[];
  errors: ItemErrors;
  onChange: (patch: Partial<DraftItem>) => void;
  onRemove: () => void;
}) {
  const { t, lang } = useI18n();
  const label = (g: TopicGroup) => (lang === 'vi' ? g.labelVi : g.labelEn);
  if (locked) {
    const group = groups.find((g) => g.code === row.topicGroupCode);
    return (
      <div className="plan-row locked" data-row={number}>
        <p className="card-title">{row.title}</p>
        <p className="muted">
          {t(`plan.kind.${row.kind}`)} · {t('plan.month', { month: row.plannedMonth })}
          {group && ` · ${label(group)}`}
        </p>
        <p className="hint">{t('plan.locked')}</p>
      </div>
    );
  }
  return (
    <fieldset className="plan-row" data-row={number}>
      <legend>{t('plan.row', { number })}</legend>
      <div className="form-grid">
        <Field name={`items.${number}.kind`} label={t('plan.field.kind')} error={errors.kind}>
          {(p) => (
            <select {...p} value={row.kind} onChange={(e) => onChange({ kind: e.target.value as PlanItemKind })}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`plan.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name={`items.${number}.plannedMonth`} label={t('plan.field.month')} error={errors.plannedMonth}>
          {(p) => (
            <select
              {...p}
              value={row.plannedMonth}
              onChange={(e) => onChange({ plannedMonth: Number(e.target.value) })}
            >
              {months.map((m) => (
                <option key={m} value={m}>
                  {t('plan.month', { month: m })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        name={`items.${number}.topicGroupCode`}
        label={t('plan.field.group')}
        required
        error={errors.topicGroupCode}
      >
        {(p) => (
          <select {...p} value={row.topicGroupCode} onChange={(e) => onChange({ topicGroupCode: e.target.value })}>
            <option value="">{t('common.choose')}</option>
            {groups.map((g) => (
              <option key={g.code} value={g.code}>
                {label(g)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name={`items.${number}.title`} label={t('plan.field.title')} required error={errors.title}>
        {(p) => (
          <input
            {...p}
            type="text"
            maxLength={300}
            value={row.title}
            onChange={(e) => onChange({ title: e.target.value })}
          />
        )}
      </Field>
      <Field name={`items.${number}.presenterId`} label={t('plan.field.presenter')} error={errors.presenterId}>
        {(p) => (
          <select {...p} value={row.presenterId} onChange={(e) => onChange({ presenterId: e.target.value })}>
            <option value="">{t('plan.noPresenter')}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.fullName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name={`items.${number}.purpose`} label={t('plan.field.purpose')} error={errors.purpose}>
        {(p) => (
          <textarea {...p} rows={2} value={row.purpose} onChange={(e) => onChange({ purpose: e.target.value })} />
        )}
      </Field>
      <button type="button" className="btn btn-link btn-danger-link" onClick={onRemove}>
        {t('plan.remove', { number })}
      </button>
    </fieldset>
  );
}
