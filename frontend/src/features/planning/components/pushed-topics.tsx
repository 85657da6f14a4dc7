import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { optionalText, serverFieldErrors, submitMutation } from '@/lib/form';
import { useI18n } from '@/lib/i18n/i18n';
import { useTopicGroups } from '../api/list-topic-groups';
import { usePushedTopics } from '../api/list-pushed-topics';
import { usePushTopic } from '../api/push-topic';
import type { PushedTopic } from '../api/types';
import { QUARTERS } from '../logic/plan-items';

const SIZE = 20;

/** Topics the committee pushed to every cell below it, their results, and a form to push one. */
export function PushedTopics({
  organizationId,
  year,
  mayPush,
}: {
  organizationId: string;
  year: number;
  mayPush: boolean;
}) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const q = usePushedTopics(organizationId, year, page, SIZE);
  const [open, setOpen] = useState(false);
  return (
    <section className="card" aria-labelledby="pushed-title">
      <h2 id="pushed-title" className="section-title">
        {t('pushed.title', { year })}
      </h2>
      <QueryView query={q} empty={t('pushed.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <>
            <ul className="plain-list plan-items">
              {data.items.map((p) => (
                <PushedRow key={p.id} topic={p} />
              ))}
            </ul>
            <Pager of={data} onPage={setPage} label={t('pushed.pages')} />
          </>
        )}
      </QueryView>
      {mayPush &&
        (open ? (
          <PushForm organizationId={organizationId} year={year} onDone={() => setOpen(false)} />
        ) : (
          <button type="button" className="btn btn-secondary" onClick={() => setOpen(true)}>
            {t('pushed.new')}
          </button>
        ))}
    </section>
  );
}

function PushedRow({ topic: p }: { topic: PushedTopic }) {
  const { t } = useI18n();
  const ratings = Object.entries(p.ratings).filter(([, n]) => n > 0);
  return (
    <li>
      <p className="card-title">{p.title}</p>
      <p className="muted">
        {t('plan.quarter', { quarter: p.quarter })} ·{' '}
        {t('pushed.results', { cells: p.cellCount, scheduled: p.scheduledCount, held: p.heldCount })}
      </p>
      {ratings.length > 0 && (
        <p className="badges">
          {ratings.map(([rating, n]) => (
            <span key={rating} className="badge">
              {rating in RATING_KEYS ? t(RATING_KEYS[rating as keyof typeof RATING_KEYS]) : rating}: {n}
            </span>
          ))}
        </p>
      )}
      {p.materials && <p className="small pre-wrap">{p.materials}</p>}
    </li>
  );
}

const RATING_KEYS = {
  GOOD: 'rating.GOOD',
  FAIR: 'rating.FAIR',
  AVERAGE: 'rating.AVERAGE',
  POOR: 'rating.POOR',
} as const;

function PushForm({ organizationId, year, onDone }: { organizationId: string; year: number; onDone: () => void }) {
  const { t, lang } = useI18n();
  const groups = useTopicGroups();
  const push = usePushTopic(organizationId);
  const [v, setV] = useState({ quarter: '1', topicGroupCode: '', title: '', materials: '' });
  const [missing, setMissing] = useState<Record<string, string>>({});
  const server = serverFieldErrors(push.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const m: Record<string, string> = {};
    if (!v.topicGroupCode) m.topicGroupCode = t('plan.required.topicGroupCode');
    if (!v.title.trim()) m.title = t('plan.required.title');
    setMissing(m);
    if (Object.keys(m).length > 0) return;
    void submitMutation(
      push.mutateAsync,
      {
        year,
        quarter: Number(v.quarter),
        topicGroupCode: v.topicGroupCode,
        title: v.title.trim(),
        materials: optionalText(v.materials),
      },
      onDone,
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('pushed.new')}>
      <p className="hint">{t('pushed.hint')}</p>
      <div className="form-grid">
        <Field name="quarter" label={t('model.quarter')} error={server.quarter}>
          {(p) => (
            <select {...p} value={v.quarter} onChange={(e) => setV({ ...v, quarter: e.target.value })}>
              {QUARTERS.map((q) => (
                <option key={q} value={q}>
                  {t('plan.quarter', { quarter: q })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="topicGroupCode"
          label={t('plan.field.group')}
          required
          error={missing.topicGroupCode ?? server.topicGroupCode}
        >
          {(p) => (
            <select {...p} value={v.topicGroupCode} onChange={(e) => setV({ ...v, topicGroupCode: e.target.value })}>
              <option value="">{t('common.choose')}</option>
              {(groups.data ?? []).map((g) => (
                <option key={g.code} value={g.code}>
                  {lang === 'vi' ? g.labelVi : g.labelEn}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field name="title" label={t('plan.field.title')} required error={missing.title ?? server.title}>
        {(p) => (
          <input
            {...p}
            type="text"
            maxLength={300}
            value={v.title}
            onChange={(e) => setV({ ...v, title: e.target.value })}
          />
        )}
      </Field>
      <Field name="materials" label={t('pushed.materials')} error={server.materials}>
        {(p) => (
          <textarea {...p} rows={3} value={v.materials} onChange={(e) => setV({ ...v, materials: e.target.value })} />
        )}
      </Field>
      <ErrorMessage error={push.error} hideFields={Object.keys(server)} />
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={push.isPending}>
          {push.isPending ? t('common.saving') : t('pushed.submit')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
