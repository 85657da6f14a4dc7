import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { MonthSwitch } from '@/components/period-switch';
import { OrganizationPicker, type PickedOrganization } from '@/components/organization-picker';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { isVersionConflict, serverFieldErrors, submitMutation } from '@/lib/form';
import { formatDateTime, todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useCreateSupervisionTeam } from '../api/create-supervision-team';
import { useMonthlyAssignments } from '../api/get-monthly-assignments';
import { useSupervisionTeams } from '../api/list-supervision-teams';
import { useSaveMonthlyAssignments } from '../api/save-monthly-assignments';
import type { MonthlyAssignments, SupervisionTeam } from '../api/types';
import { usernames } from '../logic/usernames';

const SIZE = 20;

/** The committee's supervision teams, a form for a new one, and each team's assignments of the month. */
export function TeamsSection({ organizationId, mayEdit }: { organizationId: string; mayEdit: boolean }) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const teams = useSupervisionTeams(organizationId, page, SIZE);
  const [adding, setAdding] = useState(false);
  return (
    <section className="card" aria-labelledby="sv-teams">
      <h2 id="sv-teams" className="section-title">
        {t('teams.title')}
      </h2>
      <QueryView query={teams} empty={t('teams.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <>
            <ul className="plain-list plan-items">
              {data.items.map((team) => (
                <TeamCard key={team.id} team={team} mayEdit={mayEdit} />
              ))}
            </ul>
            <Pager of={data} onPage={setPage} label={t('teams.pages')} />
          </>
        )}
      </QueryView>
      {mayEdit &&
        (adding ? (
          <NewTeamForm organizationId={organizationId} onDone={() => setAdding(false)} />
        ) : (
          <button type="button" className="btn btn-secondary" onClick={() => setAdding(true)}>
            {t('teams.new')}
          </button>
        ))}
    </section>
  );
}

function TeamCard({ team, mayEdit }: { team: SupervisionTeam; mayEdit: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <li data-team={team.id}>
      <p className="card-title">{team.name}</p>
      <p className="muted small">
        {team.committeeName} · {t('teams.leader', { name: team.leaderUsername })}
      </p>
      <p className="small">{team.members.map((m) => m.displayName ?? m.username).join(', ')}</p>
      <button type="button" className="btn btn-link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('teams.assignments')}
      </button>
      {open && <MonthlyAssignmentsPanel team={team} mayEdit={mayEdit} />}
    </li>
  );
}

function MonthlyAssignmentsPanel({ team, mayEdit }: { team: SupervisionTeam; mayEdit: boolean }) {
  const [month, setMonth] = useState(todayInVietnam().slice(0, 7));
  const q = useMonthlyAssignments(team.id, month);
  return (
    <div className="team-month">
      <MonthSwitch month={month} onChange={setMonth} />
      <QueryView query={q}>
        {(data) => (
          <AssignmentsEditor
            key={month}
            team={team}
            month={month}
            saved={data}
            mayEdit={mayEdit}
            onReload={() => void q.refetch()}
          />
        )}
      </QueryView>
    </div>
  );
}

interface Row {
  username: string;
  cell: PickedOrganization;
}

function AssignmentsEditor({
  team,
  month,
  saved,
  mayEdit,
  onReload,
}: {
  team: SupervisionTeam;
  month: string;
  saved: MonthlyAssignments;
  mayEdit: boolean;
  onReload: () => void;
}) {
  const { t, locale } = useI18n();
  const save = useSaveMonthlyAssignments(team.id, month);
  const [rows, setRows] = useState<Row[]>(() =>
    saved.entries.map((e) => ({ username: e.username, cell: { id: e.cellId, name: e.cellName } })),
  );
  const [username, setUsername] = useState(team.members[0]?.username ?? '');
  const [cell, setCell] = useState<PickedOrganization | null>(null);
  const [done, setDone] = useState(false);
  const add = () => {
    if (!cell || !username) return;
    if (!rows.some((r) => r.username === username && r.cell.id === cell.id)) setRows([...rows, { username, cell }]);
    setCell(null);
    setDone(false);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void submitMutation(
      save.mutateAsync,
      { version: saved.version, entries: rows.map((r) => ({ username: r.username, cellId: r.cell.id })) },
      () => setDone(true),
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('teams.assignmentsOf', { team: team.name })}>
      {rows.length === 0 ? (
        <p className="muted">{t('teams.noAssignments')}</p>
      ) : (
        <ul className="plain-list">
          {rows.map((r) => (
            <li key={`${r.username}-${r.cell.id}`} className="row-with-action">
              <span>
                {r.username} → {r.cell.name}
              </span>
              {mayEdit && (
                <button
                  type="button"
                  className="btn btn-link btn-danger-link"
                  onClick={() => setRows(rows.filter((x) => x !== r))}
                >
                  {t('teams.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {saved.updatedAt && (
        <p className="muted small">
          {t('model.updated', { when: formatDateTime(saved.updatedAt, locale), by: saved.updatedBy ?? '' })}
        </p>
      )}
      {mayEdit && (
        <>
          <Field name="username" label={t('teams.member')}>
            {(p) => (
              <select {...p} value={username} onChange={(e) => setUsername(e.target.value)}>
                {team.members.map((m) => (
                  <option key={m.username} value={m.username}>
                    {m.displayName ?? m.username}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <OrganizationPicker name="cellId" label={t('teams.cell')} value={cell} onChange={setCell} holdsMeetings />
          <button type="button" className="btn btn-secondary" disabled={!cell || !username} onClick={add}>
            {t('teams.add')}
          </button>
          <ErrorMessage error={save.error} onRetry={isVersionConflict(save.error) ? onReload : undefined} />
          {done && (
            <p className="alert alert-success" role="status">
              {t('teams.saved')}
            </p>
          )}
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('teams.save')}
          </button>
        </>
      )}
    </form>
  );
}

function NewTeamForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { t } = useI18n();
  const create = useCreateSupervisionTeam(organizationId);
  const [v, setV] = useState({ name: '', leader: '', members: '' });
  const server = serverFieldErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void submitMutation(
      create.mutateAsync,
      {
        name: v.name.trim(),
        leaderUsername: v.leader.trim(),
        members: usernames(v.members).map((username) => ({ username })),
      },
      onDone,
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('teams.new')}>
      <Field name="name" label={t('teams.name')} required error={server.name}>
        {(p) => <input {...p} type="text" value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} />}
      </Field>
      <Field name="leaderUsername" label={t('teams.leaderUsername')} required error={server.leaderUsername}>
        {(p) => (
          <input
            {...p}
            type="text"
            autoComplete="off"
            value={v.leader}
            onChange={(e) => setV({ ...v, leader: e.target.value })}
          />
        )}
      </Field>
      <Field name="members" label={t('teams.members')} hint={t('teams.membersHint')} error={server.members}>
        {(p) => (
          <textarea {...p} rows={2} value={v.members} onChange={(e) => setV({ ...v, members: e.target.value })} />
        )}
      </Field>
      <ErrorMessage error={create.error} hideFields={Object.keys(server)} />
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('teams.create')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
