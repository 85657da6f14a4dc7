import { ApiError } from './api/problem';

/** Server field errors (problem+json `errors[]`) keyed by JSON property name. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors() : {};
}

/** '' -> null for optional text inputs; trims. */
export function optionalText(value: string): string | null {
  const v = value.trim();
  return v === '' ? null : v;
}

/** Parses an optional integer input; NaN-safe ('' -> null, garbage -> the raw number check fails on the server). */
export function optionalInt(value: string): number | null {
  const v = value.trim();
  if (v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

/** Moves keyboard focus to the first invalid field after a failed submit. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  if (!form) return;
  requestAnimationFrame(() => {
    const el = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    el?.focus();
  });
}

export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.isVersionConflict;
}

/**
 * Runs a mutation, then `onSuccess`, even when the form unmounts in between: a successful write
 * updates the cache, which can remount a form keyed by the record's version, and TanStack Query
 * drops the callbacks given to `mutate` of an unmounted component. A failure stays available as the
 * mutation's `error` and calls `onError`.
 */
export async function submitMutation<T, V>(
  mutateAsync: (variables: V) => Promise<T>,
  variables: V,
  onSuccess: (result: T) => void,
  onError?: () => void,
): Promise<void> {
  let result: T;
  try {
    result = await mutateAsync(variables);
  } catch {
    onError?.();
    return;
  }
  onSuccess(result);
}
