import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/lib/api/schema';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

type S = components['schemas'];
export type DomainEventType = S['DomainEventType'];
export type WebhookSubscription = S['WebhookSubscription'];
export type WebhookSubscriptionCreate = S['WebhookSubscriptionCreate'];
export type WebhookWithSecret = S['WebhookSubscriptionWithSecret'];
export type WebhookDelivery = S['WebhookDelivery'];

/** Every event type a subscription may ask for, in the order the form shows them. */
export const EVENT_TYPES: DomainEventType[] = [
  'MEETING_SCHEDULED',
  'MEETING_RESCHEDULED',
  'MEETING_POSTPONED',
  'MEETING_CANCELLED',
  'MEETING_NOTIFIED',
  'MEETING_HELD',
  'MINUTES_APPROVED',
  'DOCUMENTS_PUBLISHED',
  'EVALUATION_SUBMITTED',
  'EVALUATION_VERIFIED',
  'EVALUATION_RETURNED',
  'PLAN_SUBMITTED',
  'PLAN_APPROVED',
  'PLAN_RETURNED',
  'SCHEDULE_SENT',
  'ORGANIZATION_CREATED',
  'ORGANIZATION_UPDATED',
  'ORGANIZATION_MOVED',
  'ORGANIZATION_CLOSED',
  'ORGANIZATION_MERGED',
  'ORGANIZATION_SPLIT',
  'MEMBER_CREATED',
  'MEMBER_UPDATED',
  'MEMBER_TRANSFERRED',
  'MEMBER_EXEMPTED',
  'MEMBER_POSITION_CHANGED',
  'RESOLUTION_SAVED',
  'TASK_CREATED',
  'TASK_UPDATED',
  'REPORT_SUBMITTED',
  'REPORT_RESUBMITTED',
  'RATING_DECIDED',
  'ALERT_RAISED',
];

export const webhookKeys = {
  all: ['webhooks'] as const,
  list: (organizationId: string, page: number) => ['webhooks', 'list', organizationId, page] as const,
  deliveries: (subscriptionId: string, page: number) => ['webhooks', 'deliveries', subscriptionId, page] as const,
};

export function useWebhookSubscriptions(organizationId: string, page: number) {
  return useQuery({
    queryKey: webhookKeys.list(organizationId, page),
    queryFn: async () =>
      unwrap(
        await api().GET('/api/v1/organizations/{id}/webhook-subscriptions', {
          params: { path: { id: organizationId }, query: { page, size: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useWebhookDeliveries(subscriptionId: string, page: number) {
  return useQuery({
    queryKey: webhookKeys.deliveries(subscriptionId, page),
    queryFn: async () =>
      unwrap(
        await api().GET('/api/v1/webhook-subscriptions/{id}/deliveries', {
          params: { path: { id: subscriptionId }, query: { page, size: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

function useInvalidating<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void qc.invalidateQueries({ queryKey: webhookKeys.all }) });
}

export function useCreateWebhook(organizationId: string) {
  return useInvalidating(async (body: WebhookSubscriptionCreate) =>
    unwrap(
      await api().POST('/api/v1/organizations/{id}/webhook-subscriptions', {
        params: { path: { id: organizationId } },
        body,
      }),
    ),
  );
}

export function useRotateWebhookSecret() {
  return useInvalidating(async (id: string) =>
    unwrap(await api().POST('/api/v1/webhook-subscriptions/{id}/secret', { params: { path: { id } } })),
  );
}

export function useDeactivateWebhook() {
  return useInvalidating(async (id: string) => {
    unwrap(await api().DELETE('/api/v1/webhook-subscriptions/{id}', { params: { path: { id } } }));
  });
}

export function useRedeliver() {
  return useInvalidating(async (id: string) =>
    unwrap(await api().POST('/api/v1/webhook-deliveries/{id}/redeliver', { params: { path: { id } } })),
  );
}
