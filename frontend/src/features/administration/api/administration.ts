import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/lib/api/schema';
import { api, idempotencyKey } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

type S = components['schemas'];
export type Appointment = S['Appointment'];
export type AppointmentCreate = S['AppointmentCreate'];
export type Role = S['Role'];
export type AuditEntry = S['AuditEntry'];

/** The roles in the order the form offers them: the everyday ones first. */
export const ROLES: Role[] = ['MEMBER', 'SECRETARY', 'SUPERVISOR', 'STAFF', 'ADMIN', 'INTEGRATION'];

export const adminKeys = {
  appointments: (organizationId: string, page: number) => ['appointments', organizationId, page] as const,
  allAppointments: ['appointments'] as const,
  audit: (organizationId: string, entityId: string, page: number) => ['audit', organizationId, entityId, page] as const,
};

/** Who holds which role at the organisation (appointments), a page at a time. */
export function useAppointments(organizationId: string, page: number) {
  return useQuery({
    queryKey: adminKeys.appointments(organizationId, page),
    queryFn: async () =>
      unwrap(await api().GET('/api/v1/appointments', { params: { query: { organizationId, page, size: 20 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useAppoint() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, key }: { body: AppointmentCreate; key: string }) =>
      unwrap(await api().POST('/api/v1/appointments', { body, ...idempotencyKey(key) })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: adminKeys.allAppointments }),
  });
}

export function useWithdrawAppointment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api().DELETE('/api/v1/appointments/{id}', { params: { path: { id } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: adminKeys.allAppointments }),
  });
}

/** The audit trail of the organisation's subtree, newest first, optionally of one record. */
export function useAuditLog(organizationId: string, entityId: string, page: number) {
  return useQuery({
    queryKey: adminKeys.audit(organizationId, entityId, page),
    queryFn: async () =>
      unwrap(
        await api().GET('/api/v1/audit', {
          params: { query: { organizationId, entityId: entityId.trim() || undefined, page, size: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
