import { api, idempotencyKey } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Resolution, ResolutionUpdate, Task, TaskCreate, TaskPatch } from './types';

export async function saveResolution(meetingId: string, body: ResolutionUpdate): Promise<Resolution> {
  return unwrap(await api().PUT('/api/v1/meetings/{id}/resolution', { params: { path: { id: meetingId } }, body }));
}

export async function assignTask(meetingId: string, body: TaskCreate, key?: string): Promise<Task> {
  return unwrap(
    await api().POST('/api/v1/meetings/{id}/tasks', {
      params: { path: { id: meetingId } },
      body,
      ...idempotencyKey(key),
    }),
  );
}

export async function updateTask(taskId: string, body: TaskPatch): Promise<Task> {
  return unwrap(await api().PATCH('/api/v1/tasks/{id}', { params: { path: { id: taskId } }, body }));
}
