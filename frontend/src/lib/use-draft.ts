import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'chibo.draft.';

function read<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Form state kept in localStorage while it is edited, so a reload or a lost connection loses
 * nothing. `restored` tells whether the initial value came from a saved draft.
 */
export function useDraft<T>(key: string, initial: () => T) {
  const [restored] = useState(() => read<T>(key) !== undefined);
  const [value, setValue] = useState<T>(() => read<T>(key) ?? initial());
  const dirty = useRef(false);

  useEffect(() => {
    if (!dirty.current) return;
    const t = setTimeout(() => {
      if (!dirty.current) return;
      try {
        localStorage.setItem(PREFIX + key, JSON.stringify(value));
      } catch {
        /* storage full or disabled: the form still works */
      }
    }, 200);
    return () => clearTimeout(t);
  }, [key, value]);

  const update = useCallback((next: T | ((prev: T) => T)) => {
    dirty.current = true;
    setValue(next);
  }, []);

  /** Forget the draft (after a successful save, or when the user discards it). */
  const clear = useCallback(
    (reset?: T) => {
      dirty.current = false;
      try {
        localStorage.removeItem(PREFIX + key);
      } catch {
        /* ignore */
      }
      if (reset !== undefined) setValue(reset);
    },
    [key],
  );

  return { value, update, clear, restored };
}
