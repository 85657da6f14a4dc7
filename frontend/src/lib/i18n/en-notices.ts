import type { viNotices } from './vi-notices';

/** English messages of the notices (in-app inbox and e-mail). */
export const enNotices: Record<keyof typeof viNotices, string> = {
  'nav.notices': 'Notices',
  'notices.title': 'My notices',
  'notices.bell': 'Notices',
  'notices.bell.unread': 'Notices: {count} unread',
  'notices.filter': 'Filter notices',
  'notices.filter.unread': 'Unread',
  'notices.filter.all': 'All',
  'notices.empty': 'No notices yet',
  'notices.empty.unread': 'No unread notices',
  'notices.pages': 'Notice pages',
  'notices.open': 'Open',
  'notices.markRead': 'Mark as read',
  'notices.kind.MEETING_NOTICE': 'Meeting notice',
  'notices.kind.MEETING_DOCUMENTS': 'Meeting documents',
  'notices.kind.MONTHLY_SCHEDULE': 'Monthly schedule',
  'notices.kind.VERIFICATION_REQUESTED': 'Verification requested',
  'notices.kind.VERIFICATION_RESULT': 'Verification result',
  'notices.kind.ALERTS_RAISED': 'New alerts',
  'notices.preferences': 'How I receive notices',
  'notices.preferences.email': 'Also by e-mail (besides the in-app inbox)',
  'notices.preferences.address': 'E-mail address',
  'notices.preferences.noAddress': 'No address: notices stay in the app only.',
  'notices.preferences.save': 'Save',
  'notices.preferences.saved': 'Saved.',
};
