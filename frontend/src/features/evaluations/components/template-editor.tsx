import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { CheckboxField, Field } from '@/components/field';
import { Spinner } from '@/components/spinner';
import { ApiError } from '@/lib/api/problem';
import { formatDate, formatNumber, todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useCreateScoringTemplate } from '../api/create-scoring-template';
import { useScoringTemplate } from '../api/get-scoring-template';
import { useUpdateScoringTemplate } from '../api/update-scoring-template';
import type {
  MeetingType,
  ScoringCriterion,
  ScoringCriterionInput,
  ScoringTemplate,
  ScoringTemplateInput,
} from '../api/types';

const MEETING_TYPES: MeetingType[] = ['REGULAR', 'TOPICAL', 'COMBINED', 'FORUM', 'COMMITTEE', 'EXTRAORDINARY'];
const INPUT_TYPES = ['LEVEL', 'YES_NO', 'POINTS', 'AUTO'] as const;
type InputType = (typeof INPUT_TYPES)[number];
const AUTO_SOURCES = [
  'DURATION',
  'ATTENDANCE_RATE',
  'NO_REPEATED_EXCUSED',
  'HD12_ATTENDANCE',
  'PRE_MEETING',
  'NOTIFIED',
  'DOCUMENTS_ON_TIME',
  'SPEAKING_RATE',
  'MINUTES_COMPLETE',
  'PREVIOUS_RESOLUTION',
] as const;
const CONDITIONS = ['TOPICAL_PART_ONLY', 'FULL_IF_SECRETARY_ONLY'] as const;

interface DraftLevel {
  key: number;
  label: string;
  points: string;
  min: string;
  /** DURATION only: the most minutes short of the minimum that still reach the level. */
  maxShort: string;
}

interface DraftCriterion {
  key: number;
  code: string;
  name: string;
  maxPoints: string;
  inputType: InputType | '';
  autoSource: string;
  condition: string;
  gate: boolean;
  levels: DraftLevel[];
  children: DraftCriterion[];
}

interface Draft {
  name: string;
  legalBasis: string;
  validFrom: string;
  validTo: string;
  meetingTypes: MeetingType[];
  total: string;
  goodMin: string;
  fairMin: string;
  averageMin: string;
  criteria: DraftCriterion[];
}

let nextKey = 1;
const newKey = () => nextKey++;
const str = (n: number | null | undefined) => (n == null ? '' : String(n));
/** Parses a points field (comma or dot decimal); empty or invalid counts as 0 in sums. */
const num = (s: string) => {
  const v = Number(s.trim().replace(',', '.'));
  return s.trim() === '' || Number.isNaN(v) ? 0 : v;
};
/** Sums compared in hundredths, so 0.1 + 0.2 adds up to 0.3. */
const cents = (n: number) => Math.round(n * 100);

function fromCriterion(c: ScoringCriterion): DraftCriterion {
  return {
    key: newKey(),
    code: c.code,
    name: c.name,
    maxPoints: str(c.maxPoints),
    inputType: c.children.length > 0 ? '' : (c.inputType ?? ''),
    autoSource: c.autoSource ?? '',
    condition: c.condition ?? '',
    gate: c.gate,
    levels: c.levels.map((l) => ({
      key: newKey(),
      label: l.label,
      points: str(l.points),
      min: str(l.min),
      maxShort: str(l.maxShortMinutes),
    })),
    children: c.children.map(fromCriterion),
  };
}

function fromTemplate(tpl: ScoringTemplate): Draft {
  const today = todayInVietnam();
  return {
    name: tpl.name,
    legalBasis: tpl.legalBasis ?? '',
    // A used sheet gets a new version, which must start after the current one.
    validFrom: tpl.used && today > tpl.validFrom ? today : tpl.validFrom,
    validTo: tpl.validTo ?? '',
    meetingTypes: [...tpl.meetingTypes],
    total: str(tpl.total),
    goodMin: str(tpl.goodMin),
    fairMin: str(tpl.fairMin),
    averageMin: str(tpl.averageMin),
    criteria: tpl.criteria.map(fromCriterion),
  };
}

const emptyCriterion = (code: string): DraftCriterion => ({
  key: newKey(),
  code,
  name: '',
  maxPoints: '',
  inputType: 'LEVEL',
  autoSource: '',
  condition: '',
  gate: false,
  levels: [],
  children: [],
});

const emptyDraft = (): Draft => ({
  name: '',
  legalBasis: '',
  validFrom: todayInVietnam(),
  validTo: '',
  meetingTypes: ['REGULAR'],
  total: '100',
  goodMin: '90',
  fairMin: '70',
  averageMin: '50',
  criteria: [],
});

function toInput(c: DraftCriterion): ScoringCriterionInput {
  const parent = c.children.length > 0;
  const withLevels = !parent && (c.inputType || 'LEVEL') !== 'YES_NO' && (c.inputType || 'LEVEL') !== 'POINTS';
  return {
    code: c.code.trim(),
    name: c.name.trim(),
    maxPoints: num(c.maxPoints),
    inputType: parent ? null : c.inputType || 'LEVEL',
    autoSource: !parent && c.inputType === 'AUTO' && c.autoSource ? c.autoSource : null,
    condition: c.condition || null,
    gate: c.gate,
    levels: withLevels
      ? c.levels.map((l) => ({
          label: l.label.trim(),
          points: num(l.points),
          min: l.min.trim() ? num(l.min) : null,
          maxShortMinutes: c.autoSource === 'DURATION' && l.maxShort.trim() ? num(l.maxShort) : null,
        }))
      : [],
    children: c.children.map(toInput),
  };
}

function toBody(d: Draft, issuerOrganizationId: string): ScoringTemplateInput {
  return {
    issuerOrganizationId,
    name: d.name.trim(),
    legalBasis: d.legalBasis.trim() || null,
    validFrom: d.validFrom,
    validTo: d.validTo || null,
    meetingTypes: d.meetingTypes,
    total: num(d.total),
    goodMin: num(d.goodMin),
    fairMin: num(d.fairMin),
    averageMin: num(d.averageMin),
    criteria: d.criteria.map(toInput),
  };
}

const sumMax = (list: DraftCriterion[]) => list.reduce((s, c) => s + cents(num(c.maxPoints)), 0) / 100;

/** Applies `fn` to the list that holds the criterion at `path` (its siblings) and returns a new tree. */
function updateList(
  list: DraftCriterion[],
  parentPath: number[],
  fn: (siblings: DraftCriterion[]) => DraftCriterion[],
): DraftCriterion[] {
  if (parentPath.length === 0) return fn(list);
  const [i, ...rest] = parentPath;
  return list.map((c, j) => (j === i ? { ...c, children: updateList(c.children, rest, fn) } : c));
}

/**
 * The score-sheet editor for committee staff: a new sheet, or an edit of one this organisation
 * issued (loaded from the server). Sums are shown live; the server remains the judge.
 */
export function TemplateEditor({
  organizationId,
  templateId,
  onDone,
}: {
  organizationId: string;
  templateId?: string;
  onDone: (saved: ScoringTemplate) => void;
}) {
  const tpl = useScoringTemplate(templateId);
  if (!templateId) return <TemplateForm organizationId={organizationId} onDone={onDone} />;
  if (tpl.isPending) return <Spinner />;
  if (tpl.isError) return <ErrorMessage error={tpl.error} onRetry={() => void tpl.refetch()} />;
  return <TemplateForm key={tpl.data.id} organizationId={organizationId} template={tpl.data} onDone={onDone} />;
}

function TemplateForm({
  organizationId,
  template,
  onDone,
}: {
  organizationId: string;
  template?: ScoringTemplate;
  onDone: (saved: ScoringTemplate) => void;
}) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => (template ? fromTemplate(template) : emptyDraft()));
  const create = useCreateScoringTemplate();
  const update = useUpdateScoringTemplate();
  const save = template ? update : create;
  const errorRef = useRef<HTMLDivElement>(null);
  // The server's refusal (sums, bands, levels) is what matters after "Lưu": bring it into view.
  useEffect(() => {
    if (save.error) errorRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [save.error]);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const setCriteria = (fn: (c: DraftCriterion[]) => DraftCriterion[]) =>
    setDraft((d) => ({ ...d, criteria: fn(d.criteria) }));

  const topSum = sumMax(draft.criteria);
  const total = num(draft.total);
  const totalOk = cents(topSum) === cents(total);
  const bandsOk =
    num(draft.averageMin) < num(draft.fairMin) &&
    num(draft.fairMin) < num(draft.goodMin) &&
    num(draft.goodMin) <= total;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = toBody(draft, organizationId);
    if (template) update.mutate({ id: template.id, body }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  };
  const fieldError = (name: string) =>
    save.error instanceof ApiError ? save.error.errors.find((e) => e.field === name)?.message : undefined;

  return (
    <form className="template-editor" onSubmit={submit} noValidate aria-labelledby="tpl-editor-title">
      <h3 id="tpl-editor-title" className="section-title">
        {template ? t('tplEdit.editTitle', { name: template.name }) : t('tplEdit.newTitle')}
      </h3>
      {template?.used && (
        <p className="alert alert-warning" role="note">
          {t('tplEdit.newVersion', { version: template.version, from: formatDate(template.validFrom, locale) })}
        </p>
      )}
      <div className="form-grid">
        <Field name="name" label={t('tplEdit.name')} required error={fieldError('name')}>
          {(p) => <input {...p} value={draft.name} onChange={(e) => set('name', e.target.value)} />}
        </Field>
        <Field name="legalBasis" label={t('tplEdit.legalBasis')} error={fieldError('legalBasis')}>
          {(p) => <input {...p} value={draft.legalBasis} onChange={(e) => set('legalBasis', e.target.value)} />}
        </Field>
        <Field name="validFrom" label={t('common.validFrom')} required error={fieldError('validFrom')}>
          {(p) => (
            <input {...p} type="date" value={draft.validFrom} onChange={(e) => set('validFrom', e.target.value)} />
          )}
        </Field>
        <Field name="validTo" label={t('common.validTo')} error={fieldError('validTo')}>
          {(p) => <input {...p} type="date" value={draft.validTo} onChange={(e) => set('validTo', e.target.value)} />}
        </Field>
      </div>
      <fieldset className="field">
        <legend>{t('tplEdit.meetingTypes')}</legend>
        <div className="tpl-checks">
          {MEETING_TYPES.map((mt) => (
            <CheckboxField
              key={mt}
              name={`meetingType-${mt}`}
              label={t(`meeting.type.${mt}`)}
              checked={draft.meetingTypes.includes(mt)}
              onChange={(on) =>
                set(
                  'meetingTypes',
                  on
                    ? MEETING_TYPES.filter((x) => x === mt || draft.meetingTypes.includes(x))
                    : draft.meetingTypes.filter((x) => x !== mt),
                )
              }
            />
          ))}
        </div>
      </fieldset>
      <div className="form-grid tpl-bands">
        {(['total', 'goodMin', 'fairMin', 'averageMin'] as const).map((k) => (
          <Field key={k} name={k} label={t(`tplEdit.${k}`)} required error={fieldError(k)}>
            {(p) => <input {...p} inputMode="decimal" value={draft[k]} onChange={(e) => set(k, e.target.value)} />}
          </Field>
        ))}
      </div>
      {!bandsOk && (
        <p className="alert alert-warning tpl-warning" role="status">
          {t('tplEdit.bandsWarning')}
        </p>
      )}

      <h4 className="tpl-criteria-title">{t('tplEdit.criteria')}</h4>
      <CriteriaEditor list={draft.criteria} path={[]} setList={setCriteria} />
      <p className={totalOk ? 'tpl-sum' : 'tpl-sum tpl-sum-bad'} data-testid="tpl-total-sum">
        {t('tplEdit.totalSum', { sum: formatNumber(topSum, locale), total: formatNumber(total, locale) })}
        {!totalOk && <span className="tpl-sum-warning"> · {t('tplEdit.sumMismatch')}</span>}
      </p>

      {save.error != null && (
        <div className="tpl-save-error" ref={errorRef}>
          <ErrorMessage error={save.error} />
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}

function CriteriaEditor({
  list,
  path,
  setList,
}: {
  list: DraftCriterion[];
  path: number[];
  setList: (fn: (c: DraftCriterion[]) => DraftCriterion[]) => void;
}) {
  const { t } = useI18n();
  const siblings = (fn: (s: DraftCriterion[]) => DraftCriterion[]) => setList((all) => updateList(all, path, fn));
  const prefix = path.length > 0 ? `${path.map((i) => i + 1).join('.')}.` : '';
  const move = (i: number, by: number) =>
    siblings((s) => {
      const j = i + by;
      if (j < 0 || j >= s.length) return s;
      const next = [...s];
      [next[i], next[j]] = [next[j], next[i]];
      return next;
    });
  return (
    <div className="tpl-criteria">
      {list.map((c, i) => (
        <CriterionEditor
          key={c.key}
          criterion={c}
          label={`${prefix}${i + 1}`}
          first={i === 0}
          last={i === list.length - 1}
          onChange={(next) => siblings((s) => s.map((x, j) => (j === i ? next : x)))}
          onRemove={() => siblings((s) => s.filter((_, j) => j !== i))}
          onMove={(by) => move(i, by)}
          path={[...path, i]}
          setList={setList}
        />
      ))}
      <button
        type="button"
        className="btn btn-secondary btn-small"
        onClick={() => siblings((s) => [...s, emptyCriterion(`${prefix}${s.length + 1}`)])}
      >
        {path.length === 0 ? t('tplEdit.addCriterion') : t('tplEdit.addSubCriterion')}
      </button>
    </div>
  );
}

function CriterionEditor({
  criterion: c,
  label,
  first,
  last,
  onChange,
  onRemove,
  onMove,
  path,
  setList,
}: {
  criterion: DraftCriterion;
  label: string;
  first: boolean;
  last: boolean;
  onChange: (c: DraftCriterion) => void;
  onRemove: () => void;
  onMove: (by: number) => void;
  path: number[];
  setList: (fn: (c: DraftCriterion[]) => DraftCriterion[]) => void;
}) {
  const { t, locale } = useI18n();
  const parent = c.children.length > 0;
  const set = <K extends keyof DraftCriterion>(k: K, v: DraftCriterion[K]) => onChange({ ...c, [k]: v });
  const childSum = sumMax(c.children);
  const max = num(c.maxPoints);
  const childOk = cents(childSum) === cents(max);
  const inputType = c.inputType || 'LEVEL';
  const showLevels = !parent && (inputType === 'LEVEL' || inputType === 'AUTO');
  const title = t('tplEdit.criterion', { n: label });
  return (
    <fieldset className="tpl-criterion" aria-label={title}>
      <legend>
        {title}
        {c.code && c.name ? ` · ${c.code} ${c.name}` : ''}
      </legend>
      <div className="tpl-criterion-tools">
        <button type="button" className="btn btn-link" disabled={first} onClick={() => onMove(-1)}>
          {t('tplEdit.up')}
        </button>
        <button type="button" className="btn btn-link" disabled={last} onClick={() => onMove(1)}>
          {t('tplEdit.down')}
        </button>
        <button type="button" className="btn btn-link btn-danger-link" onClick={onRemove}>
          {t('tplEdit.remove')}
        </button>
      </div>
      <div className="form-grid">
        <Field name="code" label={t('tplEdit.code')} required>
          {(p) => <input {...p} value={c.code} onChange={(e) => set('code', e.target.value)} />}
        </Field>
        <Field name="criterionName" label={t('tplEdit.criterionName')} required>
          {(p) => <input {...p} value={c.name} onChange={(e) => set('name', e.target.value)} />}
        </Field>
        <Field name="maxPoints" label={t('tplEdit.maxPoints')} required>
          {(p) => (
            <input {...p} inputMode="decimal" value={c.maxPoints} onChange={(e) => set('maxPoints', e.target.value)} />
          )}
        </Field>
        {!parent && (
          <Field name="inputType" label={t('tplEdit.inputType')} required>
            {(p) => (
              <select {...p} value={inputType} onChange={(e) => set('inputType', e.target.value as InputType)}>
                {INPUT_TYPES.map((it) => (
                  <option key={it} value={it}>
                    {t(`tplEdit.inputType.${it}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {!parent && c.inputType === 'AUTO' && (
          <Field name="autoSource" label={t('tplEdit.autoSource')} required>
            {(p) => (
              <select {...p} value={c.autoSource} onChange={(e) => set('autoSource', e.target.value)}>
                <option value="">–</option>
                {AUTO_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {t(`tplEdit.autoSource.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field name="condition" label={t('tplEdit.condition')}>
          {(p) => (
            <select {...p} value={c.condition} onChange={(e) => set('condition', e.target.value)}>
              <option value="">{t('tplEdit.condition.none')}</option>
              {CONDITIONS.map((s) => (
                <option key={s} value={s}>
                  {t(`tplEdit.condition.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <CheckboxField name="gate" label={t('tplEdit.gate')} checked={c.gate} onChange={(v) => set('gate', v)} />
      {showLevels && (
        <LevelsEditor
          levels={c.levels}
          onChange={(l) => set('levels', l)}
          auto={c.inputType === 'AUTO'}
          duration={c.inputType === 'AUTO' && c.autoSource === 'DURATION'}
        />
      )}
      {parent && (
        <p className={childOk ? 'tpl-sum' : 'tpl-sum tpl-sum-bad'}>
          {t('tplEdit.childSum', { sum: formatNumber(childSum, locale), max: formatNumber(max, locale) })}
          {!childOk && <span className="tpl-sum-warning"> · {t('tplEdit.sumMismatch')}</span>}
        </p>
      )}
      <CriteriaEditor list={c.children} path={path} setList={setList} />
    </fieldset>
  );
}

function LevelsEditor({
  levels,
  onChange,
  auto,
  duration,
}: {
  levels: DraftLevel[];
  onChange: (l: DraftLevel[]) => void;
  auto: boolean;
  duration: boolean;
}) {
  const { t } = useI18n();
  const setAt = (i: number, patch: Partial<DraftLevel>) =>
    onChange(levels.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <div className="tpl-levels">
      <p className="tpl-levels-title">{t('tplEdit.levels')}</p>
      {levels.length > 0 && (
        <ul className="tpl-level-list">
          {levels.map((l, i) => (
            <li key={l.key} className="tpl-level">
              <Field name="levelLabel" label={t('tplEdit.levelLabel')}>
                {(p) => <input {...p} value={l.label} onChange={(e) => setAt(i, { label: e.target.value })} />}
              </Field>
              <Field name="levelPoints" label={t('tplEdit.levelPoints')}>
                {(p) => (
                  <input
                    {...p}
                    inputMode="decimal"
                    value={l.points}
                    onChange={(e) => setAt(i, { points: e.target.value })}
                  />
                )}
              </Field>
              {auto && (
                <Field name="levelMin" label={t('tplEdit.levelMin')}>
                  {(p) => (
                    <input
                      {...p}
                      inputMode="decimal"
                      value={l.min}
                      onChange={(e) => setAt(i, { min: e.target.value })}
                    />
                  )}
                </Field>
              )}
              {duration && (
                <Field name="levelMaxShort" label={t('tplEdit.levelMaxShort')}>
                  {(p) => (
                    <input
                      {...p}
                      inputMode="numeric"
                      value={l.maxShort}
                      onChange={(e) => setAt(i, { maxShort: e.target.value })}
                    />
                  )}
                </Field>
              )}
              <button
                type="button"
                className="btn btn-link btn-danger-link"
                onClick={() => onChange(levels.filter((_, j) => j !== i))}
              >
                {t('tplEdit.removeLevel')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="btn btn-secondary btn-small"
        onClick={() => onChange([...levels, { key: newKey(), label: '', points: '', min: '', maxShort: '' }])}
      >
        {t('tplEdit.addLevel')}
      </button>
    </div>
  );
}
