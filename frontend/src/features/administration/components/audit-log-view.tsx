import { useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useAuditLog } from '../api/administration';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The audit trail of the organisation and below: who changed what and when, newest first, or of one record. */
export function AuditLogView({ organizationId }: { organizationId: string }) {
  const { t, locale } = useI18n();
  const [entityId, setEntityId] = useState('');
  const [page, setPage] = useState(0);
  const valid = entityId.trim() === '' || UUID.test(entityId.trim());
  const log = useAuditLog(organizationId, valid ? entityId : '', page);
  return (
    <section className="card stack" aria-labelledby="audit-title">
      <h2 id="audit-title" className="section-title">
        {t('admin.audit')}
      </h2>
      <Field
        name="entityId"
        label={t('admin.entityId')}
        hint={t('admin.entityIdHint')}
        error={valid ? undefined : t('admin.entityIdInvalid')}
      >
        {(p) => (
          <input
            {...p}
            type="search"
            maxLength={36}
            value={entityId}
            onChange={(e) => {
              setEntityId(e.target.value);
              setPage(0);
            }}
          />
        )}
      </Field>
      <QueryView query={log} empty={t('admin.auditEmpty')} isEmpty={(p) => p.items.length === 0}>
        {(p) => (
          <>
            <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.when')}</th>
                    <th scope="col">{t('admin.who')}</th>
                    <th scope="col">{t('admin.what')}</th>
                    <th scope="col">{t('admin.changes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.items.map((e) => (
                    <tr key={e.id}>
                      <td>{formatDateTime(e.at, locale)}</td>
                      <td>{e.actor}</td>
                      <td>
                        {e.entityType} · {e.action}
                        <br />
                        <button type="button" className="btn btn-link small" onClick={() => setEntityId(e.entityId)}>
                          {t('admin.historyOf', { id: e.entityId.slice(0, 8) })}
                        </button>
                      </td>
                      <td className="small">{e.changes ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager of={p} onPage={setPage} label={t('admin.auditPages')} />
          </>
        )}
      </QueryView>
      <ErrorMessage error={log.error} />
    </section>
  );
}
