import type { viArtefacts, viDues, viLegal } from './vi-dues';

/** English messages of party dues and BR-H6. */
export const enDues: Record<keyof typeof viDues, string> = {
  'dues.title': 'Party dues',
  'dues.open': 'Party dues',
  'dues.month': 'Month',
  'dues.caption': 'Party dues for {month}',
  'dues.member': 'Member',
  'dues.status': 'Status',
  'dues.reason': 'Reason for exemption',
  'dues.statusOf': 'Dues of {name}',
  'dues.reasonOf': 'Reason for exempting {name}',
  'dues.status.none': '— Not recorded —',
  'dues.status.PAID': 'Paid',
  'dues.status.UNPAID': 'Unpaid (no reason)',
  'dues.status.EXEMPT': 'Exempt (with reason)',
  'dues.save': 'Save the month',
  'dues.saved': 'Saved.',
  'dues.recorded': 'Last recorded by {by} at {at}.',
  'dues.notRecorded': 'Nothing recorded for this month yet.',
  'dues.hint':
    'A member who skips meetings or does not pay dues without good reason in 3 months of a year is flagged so the cell considers proposing removal (the number of months comes from the policy in force).',
  'alerts.kind.MEMBER_REMOVAL_REVIEW': 'Member to consider for removal',
  'alerts.go.dues': 'Open party dues',
};

/** English messages of the artefacts checklist (BR-P7). */
export const enArtefacts: Record<keyof typeof viArtefacts, string> = {
  'artefacts.title': 'Term-start and annual artefacts',
  'artefacts.year': 'Year',
  'artefacts.caption': 'Programmes, assignments and commitments for {year}',
  'artefacts.term': '(term {from}–{to})',
  'artefacts.cell': 'Cell',
  'artefacts.state': 'State',
  'artefacts.summary': '{complete}/{cells} cells complete; due {due}.',
  'artefacts.tick': '{kind} — {cell}',
  'artefacts.pages': 'Pages of cells',
  'artefacts.kind.WORK_PROGRAMME': 'Work programme',
  'artefacts.kind.INSPECTION_PROGRAMME': 'Inspection and supervision programme',
  'artefacts.kind.TASK_ASSIGNMENT': 'Task assignment in the committee',
  'artefacts.kind.MEMBER_COMMITMENTS': 'Member commitments',
  'artefacts.level.COMPLETE': 'Complete',
  'artefacts.level.INFO': 'Missing',
  'artefacts.level.WARN': 'Overdue, missing',
  'alerts.kind.ARTEFACTS_MISSING': 'Term-start or annual artefacts missing',
  'alerts.kind.MEETING_NOT_SCORED': 'Held meetings not self-scored',
  'alerts.go.artefacts': 'Open the artefacts checklist',
};

/** English labels of legal references (BR-D6). */
export const enLegal: Record<keyof typeof viLegal, string> = {
  'legal.reference': 'Basis: {type} {number} ({issuer}), dated {date}',
  'legal.type.HUONG_DAN': 'Guidance',
  'legal.type.QUYET_DINH': 'Decision',
  'legal.type.QUY_DINH': 'Regulation',
  'legal.type.CHI_THI': 'Directive',
  'legal.type.NGHI_QUYET': 'Resolution',
  'legal.type.KET_LUAN': 'Conclusion',
  'legal.type.KE_HOACH': 'Plan',
  'legal.type.CONG_VAN': 'Official letter',
  'legal.type.KHAC': 'Document',
};
