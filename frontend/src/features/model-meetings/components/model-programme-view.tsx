import { useState } from 'react';
import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { EmptyState } from '@/components/empty-state';
import { YearSwitch } from '@/components/period-switch';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useModelProgramme } from '../api/get-model-programme';
import { useModelLessons } from '../api/list-model-lessons';
import type { ModelProgramme, ModelSelection } from '../api/types';
import { meetingTookPlace } from '../logic/selections';
import { AppraisalForm, LessonsForm } from './selection-forms';
import { ProgrammeEditor } from './programme-editor';

const LESSONS_SIZE = 20;

/**
 * A committee's model meetings for a year: the rule's required count, the chosen cells, the
 * appraisal of each meeting's content beforehand and the lessons learned afterwards.
 */
export function ModelProgrammeView({
  organizationId,
  initialYear,
  mayEdit,
}: {
  organizationId: string;
  initialYear: number;
  mayEdit: boolean;
}) {
  const { t } = useI18n();
  const [year, setYear] = useState(initialYear);
  const [editing, setEditing] = useState(false);
  const query = useModelProgramme(organizationId, year);
  return (
    <div className="model-programme">
      <YearSwitch
        year={year}
        onChange={(y) => {
          setYear(y);
          setEditing(false);
        }}
      />
      <QueryView query={query}>
        {(data) => (
          <>
            <ProgrammeFacts programme={data} />
            {editing ? (
              <ProgrammeEditor
                key={data.version}
                organizationId={organizationId}
                programme={data}
                onDone={() => setEditing(false)}
                onReload={() => void query.refetch()}
              />
            ) : (
              mayEdit && (
                <button type="button" className="btn btn-primary section-gap" onClick={() => setEditing(true)}>
                  {data.selections.length === 0 ? t('model.choose') : t('model.change')}
                </button>
              )
            )}
            <Selections
              organizationId={organizationId}
              programme={data}
              mayEdit={mayEdit}
              onReload={() => void query.refetch()}
            />
          </>
        )}
      </QueryView>
      <SharedLessons key={year} organizationId={organizationId} year={year} />
    </div>
  );
}

function ProgrammeFacts({ programme: p }: { programme: ModelProgramme }) {
  const { t, locale } = useI18n();
  return (
    <section className="card" aria-labelledby="model-facts">
      <h2 id="model-facts" className="section-title">
        {t('model.rule')}
      </h2>
      <dl className="figure-grid">
        <div>
          <dt>{t('model.cells')}</dt>
          <dd>{p.subordinateCellCount}</dd>
        </div>
        <div>
          <dt>{t('model.required')}</dt>
          <dd>{p.requiredCount}</dd>
        </div>
        <div>
          <dt>{t('model.chosen')}</dt>
          <dd>{p.selections.length}</dd>
        </div>
        <div>
          <dt>{t('model.quarter')}</dt>
          <dd>{t('plan.quarter', { quarter: p.quarter })}</dd>
        </div>
      </dl>
      <p className="hint">{p.bothKindsRequired ? t('model.ruleBoth') : t('model.ruleOne')}</p>
      {p.policyLabel && <p className="muted small">{t('alerts.policy', { policy: p.policyLabel })}</p>}
      {p.warnings.length > 0 && (
        <ul className="alert alert-warning warnings" aria-label={t('model.warnings')}>
          {p.warnings.map((w) => (
            <li key={w.code}>{w.message}</li>
          ))}
        </ul>
      )}
      {p.updatedAt && (
        <p className="muted small">
          {t('model.updated', { when: formatDateTime(p.updatedAt, locale), by: p.updatedBy ?? '' })}
        </p>
      )}
    </section>
  );
}

function Selections({
  organizationId,
  programme,
  mayEdit,
  onReload,
}: {
  organizationId: string;
  programme: ModelProgramme;
  mayEdit: boolean;
  onReload: () => void;
}) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="model-selections">
      <h2 id="model-selections" className="section-title">
        {t('model.selections')}
      </h2>
      {programme.selections.length === 0 ? (
        <EmptyState title={t('model.none')} />
      ) : (
        <ul className="plain-list plan-items">
          {programme.selections.map((s) => (
            <SelectionCard
              key={s.id}
              organizationId={organizationId}
              programme={programme}
              selection={s}
              mayEdit={mayEdit}
              onReload={onReload}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function SelectionCard({
  organizationId,
  programme,
  selection: s,
  mayEdit,
  onReload,
}: {
  organizationId: string;
  programme: ModelProgramme;
  selection: ModelSelection;
  mayEdit: boolean;
  onReload: () => void;
}) {
  const { t, locale } = useI18n();
  return (
    <li data-cell={s.cellId}>
      <p className="card-title">{s.cellName}</p>
      <p className="muted">
        {t(`model.kind.${s.kind}`)} · {s.invitees.map((i) => t(`model.invitee.${i}`)).join(', ')}
        {s.inviteeNote && ` (${s.inviteeNote})`}
      </p>
      {s.meetingId ? (
        <p>
          <Link href={paths.meeting.build(s.meetingId)}>
            {s.meetingStart
              ? t('plan.openMeetingAt', { when: formatDateTime(s.meetingStart, locale) })
              : t('plan.openMeeting')}
          </Link>
        </p>
      ) : (
        <p className="muted small">{t('model.noMeeting')}</p>
      )}
      <h3 className="small strong">{t('model.appraisal')}</h3>
      {s.appraisal ? (
        <p className="pre-wrap">
          {s.appraisal.text}
          <span className="muted small block-comment">
            {s.appraisal.by} · {formatDateTime(s.appraisal.at, locale)}
          </span>
        </p>
      ) : mayEdit ? (
        <AppraisalForm organizationId={organizationId} programme={programme} selectionId={s.id} onReload={onReload} />
      ) : (
        <p className="muted">{t('model.noAppraisal')}</p>
      )}
      <h3 className="small strong">{t('model.lessons')}</h3>
      {s.lessons ? (
        <LessonsText lessons={s.lessons} />
      ) : mayEdit && meetingTookPlace(s) ? (
        <LessonsForm organizationId={organizationId} programme={programme} selectionId={s.id} onReload={onReload} />
      ) : (
        <p className="muted">{meetingTookPlace(s) ? t('model.noLessons') : t('model.lessonsAfter')}</p>
      )}
    </li>
  );
}

function LessonsText({
  lessons,
}: {
  lessons: {
    strengths?: string | null;
    weaknesses?: string | null;
    actions?: string | null;
    by?: string;
    sharedAt?: string;
  };
}) {
  const { t, locale } = useI18n();
  return (
    <dl className="attrs lessons">
      {lessons.strengths && (
        <>
          <dt>{t('model.strengths')}</dt>
          <dd className="pre-wrap">{lessons.strengths}</dd>
        </>
      )}
      {lessons.weaknesses && (
        <>
          <dt>{t('model.weaknesses')}</dt>
          <dd className="pre-wrap">{lessons.weaknesses}</dd>
        </>
      )}
      {lessons.actions && (
        <>
          <dt>{t('model.actions')}</dt>
          <dd className="pre-wrap">{lessons.actions}</dd>
        </>
      )}
      {lessons.by && lessons.sharedAt && (
        <>
          <dt>{t('model.sharedBy')}</dt>
          <dd>
            {lessons.by} · {formatDateTime(lessons.sharedAt, locale)}
          </dd>
        </>
      )}
    </dl>
  );
}

function SharedLessons({ organizationId, year }: { organizationId: string; year: number }) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const q = useModelLessons(organizationId, year, page, LESSONS_SIZE);
  return (
    <section className="card" aria-labelledby="model-lessons">
      <h2 id="model-lessons" className="section-title">
        {t('model.sharedLessons')}
      </h2>
      <QueryView query={q} empty={t('model.noSharedLessons')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <>
            <ul className="plain-list plan-items">
              {data.items.map((l) => (
                <li key={l.selectionId}>
                  <p className="card-title">
                    {l.cellName} · {t(`model.kind.${l.kind}`)}
                  </p>
                  <p className="muted small">
                    {l.committeeName} · {t('plan.quarter', { quarter: l.quarter })}
                  </p>
                  <LessonsText lessons={l} />
                </li>
              ))}
            </ul>
            <Pager of={data} onPage={setPage} label={t('model.lessonPages')} />
          </>
        )}
      </QueryView>
    </section>
  );
}
