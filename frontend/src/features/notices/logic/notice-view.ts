/**
 * A notice's link is absolute (it is e-mailed too): inside the app it opens as a route of the app when it points
 * at the app's own address, and as it is otherwise.
 */
export function inAppPath(link: string, appOrigin: string): { path: string; internal: boolean } {
  try {
    const url = new URL(link);
    if (url.origin === new URL(appOrigin).origin) return { path: url.pathname + url.search, internal: true };
    return { path: link, internal: false };
  } catch {
    return { path: link, internal: false };
  }
}

/** The number on the bell: nothing at 0, "99+" above 99 (the inbox says the exact count). */
export function bellBadge(unread: number | undefined): string | null {
  if (!unread || unread <= 0) return null;
  return unread > 99 ? '99+' : String(unread);
}
