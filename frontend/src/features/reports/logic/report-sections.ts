import type { ReportSections } from '../api/types';

/** The written parts of a report in the order of a party report; the form shows every one of them. */
export const LINE_KEYS = ['documentNumber', 'place'] as const;
export const SECTION_KEYS = ['results', 'shortcomings', 'causes', 'lessons', 'directions'] as const;
const ALL_KEYS = [...LINE_KEYS, ...SECTION_KEYS] as const;

/** Every section as the text in its field ('' for none). */
export type SectionsForm = Required<{ [K in keyof ReportSections]: string }>;

export function toSectionsForm(s: ReportSections): SectionsForm {
  const out = {} as SectionsForm;
  for (const k of ALL_KEYS) out[k] = s[k] ?? '';
  return out;
}

/**
 * The sections a resubmission changes, and only those: the server keeps the text of a section left out, so an
 * untouched one is not sent (and the audit names what really changed). A section emptied is sent as ''.
 */
export function changedSections(before: ReportSections, form: SectionsForm): ReportSections | undefined {
  const was = toSectionsForm(before);
  const changed: ReportSections = {};
  for (const k of ALL_KEYS) if (form[k] !== was[k]) changed[k] = form[k];
  return Object.keys(changed).length === 0 ? undefined : changed;
}
