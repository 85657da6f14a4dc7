import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@/lib/api/schema';
import { commune, ids, organization, page } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

type S = components['schemas'];
const subscriptionId = 'fafafafa-0000-4000-8000-000000000001';

const subscription = (partial: Partial<S['WebhookSubscription']> = {}): S['WebhookSubscription'] => ({
  id: subscriptionId,
  organizationId: ids.commune,
  organizationName: 'Đảng bộ xã Bình Lư',
  url: 'https://so-tay.example.vn/hook',
  eventTypes: ['MEETING_SCHEDULED'],
  description: 'Sổ tay đảng viên',
  active: true,
  createdBy: 'canbo.xa',
  createdAt: '2026-12-06T09:00:00+07:00',
  previousSecretUntil: null,
  version: 0,
  ...partial,
});

describe('webhooks of a committee', () => {
  it('subscribes a receiver, shows the secret once, and lists the delivery log with a resend', async () => {
    const user = userEvent.setup();
    let created = false;
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
      .on('get', '/api/v1/organizations/{id}/webhook-subscriptions', () => ({
        status: 200,
        body: page(created ? [subscription()] : [], undefined, 0, 20),
      }))
      .on('post', '/api/v1/organizations/{id}/webhook-subscriptions', () => {
        created = true;
        return { status: 201, body: { subscription: subscription(), secret: 'whsec_abc123' } };
      })
      .on('get', '/api/v1/webhook-subscriptions/{id}/deliveries', () => ({
        status: 200,
        body: page(
          [
            {
              id: 'fafafafa-0000-4000-8000-0000000000d1',
              subscriptionId,
              eventId: 'fafafafa-0000-4000-8000-0000000000e1',
              eventType: 'MEETING_SCHEDULED',
              subjectId: 'fafafafa-0000-4000-8000-0000000000f1',
              status: 'FAILED',
              attempts: 14,
              lastStatusCode: 503,
              lastError: 'HTTP 503',
              lastLatencyMs: 120,
              createdAt: '2026-12-06T09:05:00+07:00',
              nextAttemptAt: null,
              deliveredAt: null,
            },
          ],
          undefined,
          0,
          20,
        ),
      }))
      .on('post', '/api/v1/webhook-deliveries/{id}/redeliver', () => ({
        status: 202,
        body: {
          id: 'fafafafa-0000-4000-8000-0000000000d2',
          subscriptionId,
          eventId: 'fafafafa-0000-4000-8000-0000000000e1',
          eventType: 'MEETING_SCHEDULED',
          subjectId: 'fafafafa-0000-4000-8000-0000000000f1',
          status: 'PENDING',
          attempts: 0,
          createdAt: '2026-12-06T10:00:00+07:00',
        },
      }));
    renderApp(`/organizations/${ids.commune}/webhooks`, api);

    expect(await screen.findByText('Chưa có đăng ký nào')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Địa chỉ nhận (https)'), 'https://so-tay.example.vn/hook');
    await user.click(screen.getByLabelText('Hủy buổi sinh hoạt'));
    await user.click(screen.getByLabelText('Đã tổ chức buổi sinh hoạt'));
    await user.click(screen.getByRole('button', { name: 'Tạo đăng ký' }));

    expect(await screen.findByTestId('webhook-secret')).toHaveTextContent('whsec_abc123');
    const sent = api.callsTo('POST', `/api/v1/organizations/${ids.commune}/webhook-subscriptions`)[0].body as {
      eventTypes: string[];
      url: string;
    };
    expect(sent.url).toBe('https://so-tay.example.vn/hook');
    expect(sent.eventTypes).toEqual(['MEETING_SCHEDULED', 'MEETING_POSTPONED', 'MEETING_HELD']);
    await user.click(screen.getByRole('button', { name: 'Đã lưu khóa' }));
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();

    const card = (await screen.findByText('https://so-tay.example.vn/hook')).closest('section')!;
    await user.click(within(card).getByRole('button', { name: 'Nhật ký gửi' }));
    const row = (await within(card).findByText('Không gửi được')).closest('tr')!;
    expect(within(row).getByText('HTTP 503', { exact: false })).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Gửi lại' }));
    expect(
      api.callsTo('POST', '/api/v1/webhook-deliveries/fafafafa-0000-4000-8000-0000000000d1/redeliver'),
    ).toHaveLength(1);
  });
});
