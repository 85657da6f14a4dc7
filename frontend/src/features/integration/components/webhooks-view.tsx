import { useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import {
  EVENT_TYPES,
  type DomainEventType,
  type WebhookSubscription,
  type WebhookWithSecret,
  useCreateWebhook,
  useDeactivateWebhook,
  useRedeliver,
  useRotateWebhookSecret,
  useWebhookDeliveries,
  useWebhookSubscriptions,
} from '../api/webhooks';

/** The webhook subscriptions of an organisation: make one, see its deliveries, rotate its secret, stop it. */
export function WebhooksView({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const [secret, setSecret] = useState<WebhookWithSecret | null>(null);
  const list = useWebhookSubscriptions(organizationId, page);
  return (
    <div className="stack">
      <p className="muted">{t('webhooks.intro')}</p>
      {secret && <SecretOnce shown={secret} onDone={() => setSecret(null)} />}
      <CreateWebhookForm organizationId={organizationId} onCreated={setSecret} />
      <QueryView query={list} empty={t('webhooks.empty')} isEmpty={(p) => p.items.length === 0}>
        {(p) => (
          <>
            <ul className="stack" aria-label={t('webhooks.title')}>
              {p.items.map((s) => (
                <li key={s.id}>
                  <SubscriptionCard subscription={s} onSecret={setSecret} />
                </li>
              ))}
            </ul>
            <Pager of={p} onPage={setPage} label={t('webhooks.pages')} />
          </>
        )}
      </QueryView>
    </div>
  );
}

/** The secret, shown once after it is made: the receiver needs it to check each delivery's signature. */
function SecretOnce({ shown, onDone }: { shown: WebhookWithSecret; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <section className="card stack" role="alert" aria-labelledby="webhook-secret-title">
      <h2 id="webhook-secret-title" className="section-title">
        {t('webhooks.secret.title')}
      </h2>
      <p>{t('webhooks.secret.once', { url: shown.subscription.url })}</p>
      <code className="secret" data-testid="webhook-secret">
        {shown.secret}
      </code>
      <div>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t('webhooks.secret.done')}
        </button>
      </div>
    </section>
  );
}

function CreateWebhookForm({
  organizationId,
  onCreated,
}: {
  organizationId: string;
  onCreated: (created: WebhookWithSecret) => void;
}) {
  const { t } = useI18n();
  const create = useCreateWebhook(organizationId);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<DomainEventType[]>([
    'MEETING_SCHEDULED',
    'MEETING_POSTPONED',
    'MEETING_CANCELLED',
  ]);
  const toggle = (type: DomainEventType, on: boolean) =>
    setTypes((current) => (on ? [...current, type] : current.filter((x) => x !== type)));
  return (
    <form
      className="card stack"
      aria-labelledby="webhook-new-title"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          { url: url.trim(), eventTypes: types, description: description.trim() || null },
          {
            onSuccess: (created) => {
              setUrl('');
              setDescription('');
              onCreated(created);
            },
          },
        );
      }}
    >
      <h2 id="webhook-new-title" className="section-title">
        {t('webhooks.new')}
      </h2>
      <label>
        {t('webhooks.url')}
        <input
          type="url"
          required
          maxLength={2000}
          placeholder="https://"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <label>
        {t('webhooks.description')}
        <input maxLength={500} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <fieldset>
        <legend>{t('webhooks.events')}</legend>
        {EVENT_TYPES.map((type) => (
          <label key={type} className="checkbox">
            <input type="checkbox" checked={types.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />{' '}
            {t(`webhooks.event.${type}`)}
          </label>
        ))}
      </fieldset>
      <div>
        <button type="submit" className="btn btn-primary" disabled={create.isPending || types.length === 0}>
          {t('webhooks.create')}
        </button>
      </div>
      <ErrorMessage error={create.error} />
    </form>
  );
}

function SubscriptionCard({
  subscription: s,
  onSecret,
}: {
  subscription: WebhookSubscription;
  onSecret: (created: WebhookWithSecret) => void;
}) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const rotate = useRotateWebhookSecret();
  const deactivate = useDeactivateWebhook();
  return (
    <section className="card stack" aria-label={s.url}>
      <p>
        <strong className="break">{s.url}</strong>{' '}
        <span className={s.active ? 'badge badge-ok' : 'badge'}>
          {s.active ? t('webhooks.active') : t('webhooks.inactive')}
        </span>
      </p>
      {s.description && <p>{s.description}</p>}
      <p className="small muted">
        {t('webhooks.madeBy', { who: s.createdBy, at: formatDateTime(s.createdAt, locale) })} ·{' '}
        {s.eventTypes.map((type) => t(`webhooks.event.${type}`)).join(', ')}
      </p>
      {s.previousSecretUntil && (
        <p className="small">{t('webhooks.overlap', { until: formatDateTime(s.previousSecretUntil, locale) })}</p>
      )}
      <div className="row">
        <button type="button" className="btn btn-secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('webhooks.deliveries')}
        </button>
        {s.active && (
          <>
            <button
              type="button"
              className="btn btn-secondary"
              disabled={rotate.isPending}
              onClick={() => rotate.mutate(s.id, { onSuccess: onSecret })}
            >
              {t('webhooks.rotate')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              disabled={deactivate.isPending}
              onClick={() => window.confirm(t('webhooks.deactivate.confirm')) && deactivate.mutate(s.id)}
            >
              {t('webhooks.deactivate')}
            </button>
          </>
        )}
      </div>
      <ErrorMessage error={rotate.error ?? deactivate.error} />
      {open && <DeliveryLog subscriptionId={s.id} active={s.active} />}
    </section>
  );
}

function DeliveryLog({ subscriptionId, active }: { subscriptionId: string; active: boolean }) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(0);
  const log = useWebhookDeliveries(subscriptionId, page);
  const redeliver = useRedeliver();
  return (
    <QueryView query={log} empty={t('webhooks.deliveries.empty')} isEmpty={(p) => p.items.length === 0}>
      {(p) => (
        <>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('webhooks.deliveries')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.deliveries.event')}</th>
                  <th scope="col">{t('webhooks.deliveries.status')}</th>
                  <th scope="col">{t('webhooks.deliveries.attempts')}</th>
                  <th scope="col">{t('webhooks.deliveries.last')}</th>
                  <th scope="col">{t('webhooks.deliveries.when')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('webhooks.redeliver')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.items.map((d) => (
                  <tr key={d.id}>
                    <td>{t(`webhooks.event.${d.eventType}`)}</td>
                    <td>{t(`webhooks.status.${d.status}`)}</td>
                    <td>{d.attempts}</td>
                    <td>
                      {d.lastStatusCode ?? '–'}
                      {d.lastLatencyMs != null && ` · ${d.lastLatencyMs} ms`}
                      {d.lastError && <span className="small muted"> · {d.lastError}</span>}
                    </td>
                    <td>{formatDateTime(d.deliveredAt ?? d.nextAttemptAt ?? d.createdAt, locale)}</td>
                    <td>
                      {active && d.status !== 'PENDING' && (
                        <button
                          type="button"
                          className="btn btn-link"
                          disabled={redeliver.isPending}
                          onClick={() => redeliver.mutate(d.id)}
                        >
                          {t('webhooks.redeliver')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ErrorMessage error={redeliver.error} />
          <Pager of={p} onPage={setPage} label={t('webhooks.deliveries')} />
        </>
      )}
    </QueryView>
  );
}
