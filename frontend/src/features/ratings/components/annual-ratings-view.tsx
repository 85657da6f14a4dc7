import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { ExportButtons } from '@/components/export-buttons';
import { CheckboxField, Field } from '@/components/field';
import { Pager } from '@/components/pager';
import { YearSwitch } from '@/components/period-switch';
import { QueryView } from '@/components/query-view';
import { formatDate, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { exportAnnualRatings } from '../api/export-annual-ratings';
import { useAnnualRating } from '../api/get-annual-rating';
import { useAnnualRatings } from '../api/list-annual-ratings';
import { useRatingRegulations } from '../api/list-rating-regulations';
import { useOpenRatingCycle } from '../api/open-rating-cycle';
import { useRatingStep, type RatingStep } from '../api/rating-step';
import type {
  AnnualLevel,
  AnnualRating,
  AnnualRatingAction,
  AnnualRatingRow,
  AnnualRatingState,
  RatingRegulation,
  RatingSubjectType,
} from '../api/types';
import { RatingDistributionSection } from './rating-distribution';
import {
  allowedLevels,
  criteriaOf,
  currentPoints,
  LEVELS,
  regulationForYear,
  totalPoints,
} from '../logic/rating-logic';

const SIZE = 20;
const SUBJECTS: RatingSubjectType[] = ['ORGANIZATION', 'MEMBER'];
const STATES: AnnualRatingState[] = ['PENDING', 'SELF_ASSESSED', 'PROPOSED', 'DECIDED'];

/**
 * "Xếp loại chất lượng hằng năm": the current ratings of a committee's subtree for a year, filtered by
 * level and step, with the steps the caller may take on each row and the spreadsheet exports.
 */
export function AnnualRatingsView({
  organizationId,
  year,
  onYear,
}: {
  organizationId: string;
  year: number;
  onYear: (year: number) => void;
}) {
  const { t, locale } = useI18n();
  const [subjectType, setSubjectType] = useState<RatingSubjectType | ''>('');
  const [level, setLevel] = useState<AnnualLevel | ''>('');
  const [state, setState] = useState<AnnualRatingState | ''>('');
  const [text, setText] = useState('');
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<{ id: string; action: AnnualRatingAction } | null>(null);
  const q = useDebouncedValue(text, 300);
  const filters = {
    year,
    subjectType: subjectType || undefined,
    level: level || undefined,
    state: state || undefined,
    q: q.trim() || undefined,
  };
  const query = useAnnualRatings(organizationId, { ...filters, page, size: SIZE });
  const filtered = subjectType !== '' || level !== '' || state !== '' || q.trim() !== '';
  const reset = () => {
    setPage(0);
    setSelected(null);
  };
  return (
    <div className="annual-ratings">
      <div className="toolbar">
        <YearSwitch year={year} onChange={onYear} />
        <Field name="subjectType" label={t('ratings.subjectType')}>
          {(p) => (
            <select
              {...p}
              value={subjectType}
              onChange={(e) => {
                setSubjectType(e.target.value as RatingSubjectType | '');
                reset();
              }}
            >
              <option value="">{t('ratings.any')}</option>
              {SUBJECTS.map((s) => (
                <option key={s} value={s}>
                  {t(`ratings.subject.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="level" label={t('ratings.level')}>
          {(p) => (
            <select
              {...p}
              value={level}
              onChange={(e) => {
                setLevel(e.target.value as AnnualLevel | '');
                reset();
              }}
            >
              <option value="">{t('ratings.any')}</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`ratings.levelName.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="state" label={t('ratings.state')}>
          {(p) => (
            <select
              {...p}
              value={state}
              onChange={(e) => {
                setState(e.target.value as AnnualRatingState | '');
                reset();
              }}
            >
              <option value="">{t('ratings.any')}</option>
              {STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`ratings.stateName.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="rating-search" label={t('ratings.search')}>
          {(p) => (
            <input
              {...p}
              type="search"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                reset();
              }}
            />
          )}
        </Field>
        <ExportButtons download={(format) => exportAnnualRatings(organizationId, filters, format)} />
      </div>
      <QueryView query={query}>
        {(data) =>
          data.total === 0 && !filtered ? (
            <OpenCycle organizationId={organizationId} year={year} />
          ) : (
            <div className={query.isPlaceholderData ? 'stale' : undefined}>
              <p className="muted" aria-live="polite">
                {t('ratings.count', { count: formatNumber(data.total, locale) })}
              </p>
              <div className="table-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('ratings.col.subject')}</th>
                      <th scope="col">{t('ratings.col.cell')}</th>
                      <th scope="col">{t('ratings.col.state')}</th>
                      <th scope="col">{t('ratings.col.points')}</th>
                      <th scope="col">{t('ratings.col.level')}</th>
                      <th scope="col">{t('ratings.col.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((row) => (
                      <RatingRow key={row.id} row={row} onAction={(action) => setSelected({ id: row.id, action })} />
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager page={data.page} size={data.size} total={data.total} onPage={setPage} label={t('ratings.pages')} />
            </div>
          )
        }
      </QueryView>
      <RatingDistributionSection organizationId={organizationId} year={year} />
      {selected && (
        <StepPanel
          key={`${selected.id}|${selected.action}`}
          id={selected.id}
          action={selected.action}
          year={year}
          onClose={() => setSelected(null)}
        />
      )}
    </div>
  );
}

function RatingRow({ row, onAction }: { row: AnnualRatingRow; onAction: (action: AnnualRatingAction) => void }) {
  const { t, locale } = useI18n();
  const points = currentPoints(row);
  return (
    <tr>
      <th scope="row">
        {row.subjectName}
        <div className="muted">
          {t(`ratings.subject.${row.subjectType}`)}
          {row.revision > 1 && ` · ${t('ratings.revision', { revision: row.revision })}`}
        </div>
      </th>
      <td>{row.organizationName}</td>
      <td>
        {t(`ratings.stateName.${row.state}`)}
        {row.decidedAt && <div className="muted">{formatDate(row.decidedAt.slice(0, 10), locale)}</div>}
      </td>
      <td>{points == null ? '—' : formatNumber(points, locale)}</td>
      <td>{row.level ? t(`ratings.levelName.${row.level}`) : '—'}</td>
      <td>
        <div className="button-row">
          {row.actions.map((action) => (
            <button key={action} type="button" className="btn btn-secondary" onClick={() => onAction(action)}>
              {t(`ratings.action.${action}`)}
            </button>
          ))}
        </div>
      </td>
    </tr>
  );
}

function OpenCycle({ organizationId, year }: { organizationId: string; year: number }) {
  const { t } = useI18n();
  const open = useOpenRatingCycle(organizationId);
  return (
    <section className="card">
      <p>{t('ratings.none', { year })}</p>
      <button type="button" className="btn btn-primary" disabled={open.isPending} onClick={() => open.mutate(year)}>
        {open.isPending ? t('common.saving') : t('ratings.openCycle', { year })}
      </button>
      {open.error && <ErrorMessage error={open.error} />}
    </section>
  );
}

/** The form of one step on one rating, with the rating's suggested inputs and warnings beside it. */
function StepPanel({
  id,
  action,
  year,
  onClose,
}: {
  id: string;
  action: AnnualRatingAction;
  year: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const rating = useAnnualRating(id);
  const regulations = useRatingRegulations();
  return (
    <section className="card" aria-label={t(`ratings.action.${action}`)}>
      <h2 className="section-title">{t(`ratings.action.${action}`)}</h2>
      <QueryView query={rating}>
        {(r) => (
          <QueryView query={regulations}>
            {(regs) => {
              const regulation = regs.find((g) => g.code === r.rating.regulationCode) ?? regulationForYear(regs, year);
              return regulation ? (
                <StepForm rating={r} regulation={regulation} action={action} onClose={onClose} />
              ) : (
                <p>{t('ratings.noRegulation', { year })}</p>
              );
            }}
          </QueryView>
        )}
      </QueryView>
    </section>
  );
}

function StepForm({
  rating: r,
  regulation,
  action,
  onClose,
}: {
  rating: AnnualRating;
  regulation: RatingRegulation;
  action: AnnualRatingAction;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const step = useRatingStep(r.rating.id);
  const criteria = criteriaOf(regulation, r.rating.subjectType);
  const [scores, setScores] = useState<Record<string, string>>(() =>
    Object.fromEntries(criteria.map((c) => [c.code, r.scores[c.code] == null ? '' : String(r.scores[c.code])])),
  );
  const [points, setPoints] = useState(String(currentPoints(r.rating) ?? ''));
  const [level, setLevel] = useState<AnnualLevel | ''>(r.rating.level ?? '');
  const [tasksExceeded, setTasksExceeded] = useState(
    r.tasksExceededPercent != null ? String(r.tasksExceededPercent) : '',
  );
  const [shortcomingsFixed, setShortcomingsFixed] = useState(r.shortcomingsFixed ?? false);
  const [disciplined, setDisciplined] = useState(r.subordinateDisciplined ?? false);
  const [note, setNote] = useState('');
  const judged =
    action === 'SELF_ASSESS'
      ? totalPoints(criteria, scores)
      : action === 'PROPOSE'
        ? points.trim() === ''
          ? null
          : Number(points.replace(',', '.'))
        : currentPoints(r.rating);
  const levels = judged == null || Number.isNaN(judged) ? [] : allowedLevels(regulation, judged);
  const version = r.rating.version;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    let body: RatingStep;
    if (action === 'SELF_ASSESS') {
      body = {
        action,
        body: {
          version,
          level: level as AnnualLevel,
          scores: Object.fromEntries(criteria.map((c) => [c.code, Number(scores[c.code].replace(',', '.'))])),
          tasksExceededPercent: tasksExceeded.trim() === '' ? null : Number(tasksExceeded),
          shortcomingsFixed,
          subordinateDisciplined: r.rating.subjectType === 'ORGANIZATION' ? disciplined : null,
          note: note || null,
        },
      };
    } else if (action === 'PROPOSE') {
      body = { action, body: { version, level: level as AnnualLevel, points: judged, note: note || null } };
    } else if (action === 'DECIDE') {
      body = { action, body: { version, level: level as AnnualLevel, note: note || null } };
    } else {
      body = { action, body: { version, reason: note } };
    }
    step.mutate(body);
  };
  const result = step.data;
  return (
    <form onSubmit={submit}>
      <p>
        <strong>{r.rating.subjectName}</strong> · {r.rating.organizationName} · {regulation.title}
      </p>
      <p className="muted">
        {t('ratings.suggested', {
          months: r.suggested.regularMonthsHeld,
          good: r.suggested.monthsByRating.GOOD,
          fair: r.suggested.monthsByRating.FAIR,
          average: r.suggested.monthsByRating.AVERAGE,
          poor: r.suggested.monthsByRating.POOR,
          tasks: r.suggested.tasks,
          exceeded: r.suggested.tasksExceeded,
        })}
      </p>
      {r.memberAttendance && (
        <p className="muted">
          {t('ratings.memberAttendance', {
            attended: r.memberAttendance.attended,
            recorded: r.memberAttendance.meetingsRecorded,
            percent:
              r.memberAttendance.attendedPercent == null
                ? '—'
                : formatNumber(r.memberAttendance.attendedPercent, locale),
            excused: r.memberAttendance.absentExcused,
            unexcused: r.memberAttendance.absentUnexcused,
          })}
        </p>
      )}
      {action === 'SELF_ASSESS' && (
        <>
          {criteria.map((c) => (
            <Field
              key={c.code}
              name={`scores.${c.code}`}
              label={t('ratings.criterion', { title: c.title, max: formatNumber(c.maxPoints, locale) })}
            >
              {(p) => (
                <input
                  {...p}
                  inputMode="decimal"
                  value={scores[c.code]}
                  onChange={(e) => setScores({ ...scores, [c.code]: e.target.value })}
                />
              )}
            </Field>
          ))}
          <Field name="tasksExceededPercent" label={t('ratings.tasksExceeded')}>
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                value={tasksExceeded}
                onChange={(e) => setTasksExceeded(e.target.value)}
              />
            )}
          </Field>
          <CheckboxField
            name="shortcomingsFixed"
            label={t('ratings.shortcomingsFixed')}
            checked={shortcomingsFixed}
            onChange={setShortcomingsFixed}
          />
          {r.rating.subjectType === 'ORGANIZATION' && (
            <CheckboxField
              name="subordinateDisciplined"
              label={t('ratings.subordinateDisciplined')}
              checked={disciplined}
              onChange={setDisciplined}
            />
          )}
        </>
      )}
      {action === 'PROPOSE' && (
        <Field name="points" label={t('ratings.verifiedPoints')}>
          {(p) => <input {...p} inputMode="decimal" value={points} onChange={(e) => setPoints(e.target.value)} />}
        </Field>
      )}
      {action !== 'SUPERSEDE' && (
        <>
          <p className="muted">
            {judged == null || Number.isNaN(judged)
              ? t('ratings.pointsMissing')
              : t('ratings.points', { points: formatNumber(judged, locale) })}
          </p>
          <Field name="level" label={t('ratings.level')} required>
            {(p) => (
              <select {...p} value={level} required onChange={(e) => setLevel(e.target.value as AnnualLevel | '')}>
                <option value="">{t('ratings.chooseLevel')}</option>
                {levels.map((l) => (
                  <option key={l} value={l}>
                    {t(`ratings.levelName.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      <Field
        name={action === 'SUPERSEDE' ? 'reason' : 'note'}
        label={t(action === 'SUPERSEDE' ? 'ratings.reason' : 'ratings.note')}
        required={action === 'SUPERSEDE'}
      >
        {(p) => (
          <textarea {...p} value={note} required={action === 'SUPERSEDE'} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      {(result ?? r).warnings.length > 0 && (
        <ul className="plain-list" aria-label={t('ratings.warnings')}>
          {(result ?? r).warnings.map((w) => (
            <li key={w.code} className="badge badge-warn">
              {w.message}
            </li>
          ))}
        </ul>
      )}
      {step.error && <ErrorMessage error={step.error} />}
      {result && <p role="status">{t('ratings.saved', { state: t(`ratings.stateName.${result.rating.state}`) })}</p>}
      <div className="button-row">
        {!result && (
          <button type="submit" className="btn btn-primary" disabled={step.isPending}>
            {step.isPending ? t('common.saving') : t(`ratings.action.${action}`)}
          </button>
        )}
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          {t('ratings.close')}
        </button>
      </div>
    </form>
  );
}
