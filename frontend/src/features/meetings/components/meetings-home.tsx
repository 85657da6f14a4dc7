import { useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { ErrorMessage } from '@/components/error-message';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { useMe } from '@/lib/auth/get-me';
import { formatDate, todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { fetchDocument } from '../api/download-file';
import { useMeeting } from '../api/get-meeting';
import { useMyMeetings } from '../api/list-my-meetings';
import { useMyTasks } from '../api/list-my-tasks';
import { CalendarFeedButton } from './calendar-feed';
import { MeetingCard } from './cell-meetings';
import { MyTaskProgress } from './my-task-progress';
import { useDownload } from './use-download';

/** Rows per page of the home's lists: a screenful, the rest behind the pager. */
const SIZE = 20;

/**
 * The member's home: upcoming meetings, my tasks, the cells I look after, a calendar subscription;
 * `alerts` is what the app composes in from the alerts feature (features never import each other).
 */
export function MeetingsHome({ alerts }: { alerts?: ReactNode } = {}) {
  const { t } = useI18n();
  const me = useMe();
  const today = todayInVietnam();
  const cells = (me.data?.appointments ?? []).filter((a) => !a.validTo || a.validTo >= today);
  return (
    <article>
      <PageHeader title={t('meetings.home.title')} />
      {cells.length > 0 && (
        <section className="card" aria-labelledby="my-cells-title">
          <h2 id="my-cells-title" className="section-title">
            {t('meetings.home.myCells')}
          </h2>
          <ul className="plain-list">
            {cells.map((a) => (
              <li key={a.id}>
                <Link href={paths.organizationMeetings.build(a.organizationId)} className="btn btn-primary btn-block">
                  {t('meetings.home.openCell', { name: a.organizationName })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {alerts}
      <UpcomingMeetings />
      <MyTasks />
      <CalendarFeedButton scope="ME" />
    </article>
  );
}

function UpcomingMeetings() {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const q = useMyMeetings(page, SIZE);
  return (
    <section className="card" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title" className="section-title">
        {t('meetings.upcoming.title')}
      </h2>
      <QueryView query={q} empty={t('meetings.upcoming.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <>
            <ul className="meeting-list">
              {data.items.map((m, i) => (
                <li key={m.id}>
                  <MeetingCard meeting={m} showOrganization />
                  {i < 5 && <MeetingDocuments meetingId={m.id} />}
                </li>
              ))}
            </ul>
            <Pager of={data} onPage={setPage} label={t('meetings.upcoming.pages')} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function MyTasks() {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(0);
  const q = useMyTasks(page, SIZE);
  return (
    <section className="card" aria-labelledby="my-tasks-title">
      <h2 id="my-tasks-title" className="section-title">
        {t('meetings.myTasks.title')}
      </h2>
      <QueryView query={q} empty={t('meetings.myTasks.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <>
            <ul className="plain-list task-list my-tasks">
              {data.items.map((task) => (
                <li key={task.id}>
                  <p>
                    <strong>{task.title}</strong>
                  </p>
                  <p className="muted">
                    <span className="badge">{t(`tasks.status.${task.status}`)}</span>
                    {task.dueDate && t('meetings.myTasks.due', { date: formatDate(task.dueDate, locale) })}
                    {task.result && ` · ${task.result}`}
                  </p>
                  <Link href={paths.meeting.build(task.meetingId, 'resolution')}>
                    {t('meetings.myTasks.fromMeeting')}
                  </Link>
                  {task.status !== 'DONE' && <MyTaskProgress task={task} />}
                </li>
              ))}
            </ul>
            <Pager of={data} onPage={setPage} label={t('meetings.myTasks.pages')} />
          </>
        )}
      </QueryView>
    </section>
  );
}

/** The documents published for an upcoming meeting, to read before it. */
function MeetingDocuments({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const q = useMeeting(meetingId);
  const download = useDownload();
  const docs = q.data?.documents ?? [];
  if (docs.length === 0) return null;
  return (
    <div className="upcoming-documents">
      <p className="muted small">{t('meetings.upcoming.documents', { count: docs.length })}</p>
      <ul className="plain-list">
        {docs.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className="btn btn-link"
              disabled={download.busy === d.id}
              onClick={() => void download.download(d.id, () => fetchDocument(meetingId, d.id), d.fileName)}
            >
              {d.fileName}
            </button>
          </li>
        ))}
      </ul>
      <ErrorMessage error={download.error} />
    </div>
  );
}
