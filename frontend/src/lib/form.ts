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
