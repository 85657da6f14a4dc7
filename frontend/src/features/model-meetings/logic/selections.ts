import type { ModelInvitee, ModelKind, ModelProgramme, ModelSelection, ModelSelectionInput } from '../api/types';

/** One chosen cell in the editor. */
export interface DraftSelection {
  cellId: string;
  cellName: string;
  kind: ModelKind;
  meetingId: string | null;
  invitees: ModelInvitee[];
  inviteeNote: string;
}

export const toDraftSelection = (s: ModelSelection): DraftSelection => ({
  cellId: s.cellId,
  cellName: s.cellName,
  kind: s.kind,
  meetingId: s.meetingId ?? null,
  invitees: [...s.invitees],
  inviteeNote: s.inviteeNote ?? '',
});

export const toSelectionInput = (d: DraftSelection): ModelSelectionInput => ({
  cellId: d.cellId,
  kind: d.kind,
  meetingId: d.meetingId,
  invitees: d.invitees,
  inviteeNote: d.inviteeNote.trim() === '' ? null : d.inviteeNote.trim(),
});

export type Shortfall = { code: 'too-few'; missing: number } | { code: 'kinds'; missingKind: ModelKind };

/**
 * What the rule still asks of the chosen cells, as the user edits (the server's warnings speak
 * for the saved programme): enough cells, and at or above the threshold one regular and one topical.
 */
export function shortfalls(
  programme: Pick<ModelProgramme, 'requiredCount' | 'bothKindsRequired'>,
  chosen: { kind: ModelKind }[],
): Shortfall[] {
  const out: Shortfall[] = [];
  if (chosen.length < programme.requiredCount)
    out.push({ code: 'too-few', missing: programme.requiredCount - chosen.length });
  if (programme.bothKindsRequired)
    for (const kind of ['REGULAR', 'TOPICAL'] as const)
      if (!chosen.some((c) => c.kind === kind)) out.push({ code: 'kinds', missingKind: kind });
  return out;
}

/** Lessons can be written once the linked meeting took place. */
export const meetingTookPlace = (s: Pick<ModelSelection, 'meetingStatus'>) =>
  s.meetingStatus === 'HELD' || s.meetingStatus === 'APPROVED';
