import type { PlanHistoryEntry, PlanItem, PlanItemInput, PlanItemKind, PlanStatus } from '../api/types';

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

export const quarterOf = (month: number): Quarter => Math.min(4, Math.max(1, Math.ceil(month / 3))) as Quarter;

export const monthsOfQuarter = (quarter: number): number[] => [quarter * 3 - 2, quarter * 3 - 1, quarter * 3];

/** The last day of a quarter as YYYY-MM-DD. */
export function quarterEnd(year: number, quarter: number): string {
  return new Date(Date.UTC(year, quarter * 3, 0)).toISOString().slice(0, 10);
}

/** A quarter is over once its last day is before today (Viet Nam date). */
export const quarterEnded = (year: number, quarter: number, today: string) => quarterEnd(year, quarter) < today;

/** Items grouped by the quarter of their planned month, every quarter present, months in order. */
export function groupByQuarter<T extends { plannedMonth: number }>(items: T[]): { quarter: Quarter; items: T[] }[] {
  return QUARTERS.map((quarter) => ({
    quarter,
    items: items
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => quarterOf(item.plannedMonth) === quarter)
      .sort((a, b) => a.item.plannedMonth - b.item.plannedMonth || a.index - b.index)
      .map(({ item }) => item),
  }));
}

/**
 * Quarters with fewer topical sessions than the policy asks (1 by default); forums do not count,
 * the rule is about topical sessions.
 */
export function emptyQuarters(items: { kind: PlanItemKind; plannedMonth: number }[], perQuarter = 1): Quarter[] {
  return QUARTERS.filter(
    (q) => items.filter((i) => i.kind === 'TOPICAL' && quarterOf(i.plannedMonth) === q).length < perQuarter,
  );
}

/** How many forums the plan still lacks against the yearly minimum. */
export const missingForums = (items: { kind: PlanItemKind }[], minimum: number) =>
  Math.max(0, minimum - items.filter((i) => i.kind === 'FORUM').length);

/** A plan can be changed while it is a draft or after the committee returned it. */
export const isEditable = (status: PlanStatus | undefined) => !status || status === 'DRAFT' || status === 'RETURNED';

/** The committee's latest return comment (shown to the secretary while the plan is returned). */
export function lastReturn(history: PlanHistoryEntry[]): PlanHistoryEntry | undefined {
  return [...history].filter((h) => h.action === 'RETURN').sort((a, b) => b.at.localeCompare(a.at))[0];
}

/** One row of the editor: strings as typed, plus a key that survives reordering. */
export interface DraftItem {
  key: string;
  id?: string;
  kind: PlanItemKind;
  plannedMonth: number;
  topicGroupCode: string;
  title: string;
  purpose: string;
  presenterId: string;
  /** From the server: a pushed topic or an item already linked to a meeting is kept as it is. */
  fixed: boolean;
}

let counter = 0;
// Unique across reloads too: a restored draft keeps the keys it was saved with.
export const newKey = () => `new-${Date.now().toString(36)}-${++counter}`;

export function toDraft(item: PlanItem): DraftItem {
  return {
    key: item.id,
    id: item.id,
    kind: item.kind,
    plannedMonth: item.plannedMonth,
    topicGroupCode: item.topicGroupCode,
    title: item.title,
    purpose: item.purpose ?? '',
    presenterId: item.presenterId ?? '',
    fixed: !!item.pushedTopicId || !!item.meetingId,
  };
}

export function blankDraft(plannedMonth: number): DraftItem {
  return {
    key: newKey(),
    kind: 'TOPICAL',
    plannedMonth,
    topicGroupCode: '',
    title: '',
    purpose: '',
    presenterId: '',
    fixed: false,
  };
}

export function toInput(d: DraftItem): PlanItemInput {
  const purpose = d.purpose.trim();
  return {
    ...(d.id ? { id: d.id } : {}),
    kind: d.kind,
    plannedMonth: d.plannedMonth,
    topicGroupCode: d.topicGroupCode,
    title: d.title.trim(),
    purpose: purpose === '' ? null : purpose,
    presenterId: d.presenterId === '' ? null : d.presenterId,
  };
}

export type ItemField = 'kind' | 'plannedMonth' | 'topicGroupCode' | 'title' | 'purpose' | 'presenterId';
export type ItemErrors = Partial<Record<ItemField, string>>;

/** What the editor checks before sending: a title and a topic group on every row. */
export function missingFields(d: DraftItem): ItemField[] {
  const out: ItemField[] = [];
  if (!d.topicGroupCode) out.push('topicGroupCode');
  if (!d.title.trim()) out.push('title');
  return out;
}

/**
 * Server field errors such as `items[2].plannedMonth` placed on the row they name (rows are sent
 * in the order of `drafts`); other fields stay for the form's general error.
 */
export function itemErrorsFromServer(
  fieldErrors: Record<string, string>,
  drafts: DraftItem[],
): { byKey: Record<string, ItemErrors>; handled: string[] } {
  const byKey: Record<string, ItemErrors> = {};
  const handled: string[] = [];
  for (const [field, message] of Object.entries(fieldErrors)) {
    const m = /^items\[(\d+)\]\.(\w+)$/.exec(field);
    if (!m) continue;
    const draft = drafts[Number(m[1])];
    if (!draft) continue;
    byKey[draft.key] = { ...byKey[draft.key], [m[2] as ItemField]: message };
    handled.push(field);
  }
  return { byKey, handled };
}

/** The first month a new row can take: the current month in the plan's year, January for a later year. */
export function firstOpenMonth(year: number, today: string): number {
  const thisYear = Number(today.slice(0, 4));
  if (year > thisYear) return 1;
  if (year < thisYear) return 12;
  return Number(today.slice(5, 7));
}
