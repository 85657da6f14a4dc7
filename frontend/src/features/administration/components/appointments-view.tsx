import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { optionalText, serverFieldErrors } from '@/lib/form';
import { formatDate, todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { ROLES, useAppoint, useAppointments, useWithdrawAppointment, type Role } from '../api/administration';

/**
 * Appointments: who may act at this organisation and with which role (bí thư, cán bộ văn phòng, cấp ủy viên
 * phụ trách...). Committee staff appoint a signed-in user by login name and withdraw an appointment.
 */
export function AppointmentsView({ organizationId }: { organizationId: string }) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(0);
  const list = useAppointments(organizationId, page);
  const withdraw = useWithdrawAppointment();
  return (
    <section className="card stack" aria-labelledby="appointments-title">
      <h2 id="appointments-title" className="section-title">
        {t('admin.appointments')}
      </h2>
      <p className="muted">{t('admin.appointmentsIntro')}</p>
      <QueryView query={list} empty={t('admin.appointmentsEmpty')} isEmpty={(p) => p.items.length === 0}>
        {(p) => (
          <>
            <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.username')}</th>
                    <th scope="col">{t('admin.role')}</th>
                    <th scope="col">{t('admin.at')}</th>
                    <th scope="col">{t('admin.period')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('admin.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {p.items.map((a) => (
                    <tr key={a.id}>
                      <td>{a.username}</td>
                      <td>{t(`role.${a.role}`)}</td>
                      <td>{a.organizationName}</td>
                      <td>
                        {a.validTo
                          ? t('admin.fromTo', {
                              from: formatDate(a.validFrom, locale),
                              to: formatDate(a.validTo, locale),
                            })
                          : t('admin.from', { from: formatDate(a.validFrom, locale) })}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="btn btn-secondary"
                          aria-label={`${t('admin.withdraw')} ${a.username}`}
                          disabled={withdraw.isPending}
                          onClick={() => {
                            if (
                              window.confirm(
                                t('admin.withdrawConfirm', { username: a.username, role: t(`role.${a.role}`) }),
                              )
                            )
                              withdraw.mutate(a.id);
                          }}
                        >
                          {t('admin.withdraw')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager of={p} onPage={setPage} label={t('admin.appointmentsPages')} />
          </>
        )}
      </QueryView>
      <ErrorMessage error={withdraw.error} />
      <AppointForm organizationId={organizationId} />
    </section>
  );
}

function AppointForm({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const appoint = useAppoint();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const [validFrom, setValidFrom] = useState(todayInVietnam());
  const [validTo, setValidTo] = useState('');
  const [done, setDone] = useState('');
  const errors = serverFieldErrors(appoint.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone('');
    const body = { username: username.trim(), organizationId, role, validFrom, validTo: optionalText(validTo) };
    appoint.mutate(
      { body, key },
      {
        onSuccess: (a) => {
          setDone(t('admin.appointed', { username: a.username, role: t(`role.${a.role}`) }));
          setUsername('');
          setKey(crypto.randomUUID());
        },
      },
    );
  };
  return (
    <form className="stack" aria-labelledby="appoint-title" onSubmit={submit}>
      <h3 id="appoint-title">{t('admin.appoint')}</h3>
      <div className="form-grid">
        <Field
          name="username"
          label={t('admin.username')}
          hint={t('admin.usernameHint')}
          required
          error={errors.username}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              required
              maxLength={100}
              autoComplete="off"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          )}
        </Field>
        <Field name="role" label={t('admin.role')} error={errors.role}>
          {(p) => (
            <select {...p} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="validFrom" label={t('admin.validFrom')} required error={errors.validFrom}>
          {(p) => (
            <input {...p} type="date" required value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
          )}
        </Field>
        <Field name="validTo" label={t('admin.validTo')} hint={t('admin.validToHint')} error={errors.validTo}>
          {(p) => <input {...p} type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />}
        </Field>
      </div>
      <ErrorMessage error={appoint.error} hideFields={['username', 'role', 'validFrom', 'validTo']} />
      <p role="status">{done}</p>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={appoint.isPending}>
          {t('admin.appointSubmit')}
        </button>
      </div>
    </form>
  );
}
