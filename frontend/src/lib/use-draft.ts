import { useCallback, useEffect, useRef, useState } from 'react';
import { useAuth } from '@/lib/auth/auth-context';
import { draftStorageKey, mayStoreFor } from '@/lib/auth/user-data';

function read<T>(storageKey: string | undefined): T | undefined {
  if (!storageKey) return undefined;
  try {
    const raw = localStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Form state kept in localStorage while it is edited, so a reload or a lost connection loses
 * nothing. `restored` tells whether the initial value came from a saved draft.
 *
 * Drafts belong to the signed-in user (the key carries their subject): another user of the same
 * device never sees them. Without a known user nothing is written.
 */
export function useDraft<T>(key: string, initial: () => T) {
  const subject = useAuth().user?.subject;
  const storageKey = subject ? draftStorageKey(subject, key) : undefined;
  const [restored] = useState(() => read<T>(storageKey) !== undefined);
  const [value, setValue] = useState<T>(() => read<T>(storageKey) ?? initial());
  const dirty = useRef(false);

  useEffect(() => {
    if (!dirty.current || !storageKey) return;
    const t = setTimeout(() => {
      if (!dirty.current || !mayStoreFor(subject!)) return;
      try {
        localStorage.setItem(storageKey, JSON.stringify(value));
      } catch {
        /* storage full or disabled: the form still works */
      }
    }, 200);
    return () => clearTimeout(t);
  }, [storageKey, subject, value]);

  const update = useCallback((next: T | ((prev: T) => T)) => {
    dirty.current = true;
    setValue(next);
  }, []);

  /** Forget the draft (after a successful save, or when the user discards it). */
  const clear = useCallback(
    (reset?: T) => {
      dirty.current = false;
      try {
        if (storageKey) localStorage.removeItem(storageKey);
      } catch {
        /* ignore */
      }
      if (reset !== undefined) setValue(reset);
    },
    [storageKey],
  );

  return { value, update, clear, restored };
}
