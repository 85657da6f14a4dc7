import { useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@/lib/offline/outbox';
import { useI18n, type I18n } from '@/lib/i18n/i18n';
import { meetingKeys, type Meeting } from '../api/types';
import type { UnsentChange } from '../offline/unsent-changes';
import { describeKind } from './outbox-status';

function whyNotSent(change: UnsentChange, t: I18n['t']): string {
  if (change.state === 'conflict') return t('signOut.why.conflict');
  const problem = problemOf(change.op);
  if (change.state === 'rejected' && problem) return problem.detail ?? problem.title;
  // A network failure has no HTTP status; a change with no error waits behind another one.
  if (!navigator.onLine || (problem && problem.status <= 0)) return t('signOut.why.offline');
  return problem?.title || t('signOut.why.notSent');
}

/** The changes that could not be sent, each with what it was and why it is not saved. */
export function UnsentChangesList({ changes }: { changes: readonly UnsentChange[] }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  return (
    <ul className="unsent-changes">
      {changes.map((change) => {
        const meeting = qc.getQueryData<Meeting>(meetingKeys.detail(change.meetingId));
        return (
          <li key={change.op.id}>
            {t('signOut.failedItem', { what: describeKind(change.op.payload, t, meeting), why: whyNotSent(change, t) })}
          </li>
        );
      })}
    </ul>
  );
}
