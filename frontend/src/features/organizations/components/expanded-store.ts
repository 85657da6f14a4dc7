import { useCallback, useSyncExternalStore } from 'react';

// Which tree nodes are open survives navigating to a detail page and back (per browser tab).
const KEY = 'chibo.tree.expanded';
let expanded: Set<string> = load();
const listeners = new Set<() => void>();

function load(): Set<string> {
  try {
    return new Set(JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

function save() {
  try {
    sessionStorage.setItem(KEY, JSON.stringify([...expanded].slice(-500)));
  } catch {
    /* ignore */
  }
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function resetExpanded() {
  expanded = new Set();
  save();
  listeners.forEach((l) => l());
}

export function useExpanded(id: string): [boolean, (open: boolean) => void] {
  const open = useSyncExternalStore(
    subscribe,
    () => expanded.has(id),
    () => false,
  );
  const set = useCallback(
    (value: boolean) => {
      expanded = new Set(expanded);
      if (value) expanded.add(id);
      else expanded.delete(id);
      save();
      listeners.forEach((l) => l());
    },
    [id],
  );
  return [open, set];
}
