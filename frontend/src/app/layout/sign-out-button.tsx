import { useEffect, useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from '@/lib/auth/auth-context';
import { endUserSession } from '@/lib/auth/user-data';
import { useI18n } from '@/lib/i18n/i18n';
import { destroyMeetingOutboxes } from '@/features/meetings/offline/use-meeting-outbox';
import {
  sendUnsentMeetingChanges,
  unsentMeetingChanges,
  type UnsentChange,
} from '@/features/meetings/offline/unsent-changes';
import { UnsentChangesList } from '@/features/meetings/components/unsent-changes-list';

type Step =
  { name: 'closed' } | { name: 'confirm'; count: number; failed: UnsentChange[] } | { name: 'sending'; count: number };

/**
 * "Đăng xuất". Signing out removes the user's drafts and queued changes from the device (a shared
 * phone must not keep them for the next person); when changes are still queued, it first asks:
 * send them now, sign out and discard them, or stay.
 */
export function SignOutButton() {
  const { t } = useI18n();
  const auth = useAuth();
  const qc = useQueryClient();
  const subject = auth.user?.subject;
  const [step, setStep] = useState<Step>({ name: 'closed' });
  const titleId = useId();
  const firstAction = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (step.name === 'confirm') firstAction.current?.focus();
  }, [step.name]);

  const signOut = async () => {
    if (subject) {
      destroyMeetingOutboxes(qc, subject);
      endUserSession(subject);
    }
    setStep({ name: 'closed' });
    await auth.logout();
  };

  const start = () => {
    const unsent = subject ? unsentMeetingChanges(qc, subject) : [];
    if (unsent.length === 0) void signOut();
    else setStep({ name: 'confirm', count: unsent.length, failed: [] });
  };

  const sendFirst = async () => {
    if (!subject || step.name !== 'confirm') return;
    setStep({ name: 'sending', count: step.count });
    const failed = await sendUnsentMeetingChanges(qc, subject);
    if (failed.length === 0) await signOut();
    else setStep({ name: 'confirm', count: failed.filter((c) => c.state !== 'rejected').length, failed });
  };

  return (
    <>
      <button type="button" className="btn btn-header" onClick={start}>
        {t('auth.logout')}
      </button>
      {step.name !== 'closed' && (
        <div className="modal-backdrop">
          <div
            className="modal alert alert-warning"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby={titleId}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && step.name === 'confirm') setStep({ name: 'closed' });
            }}
          >
            <p className="alert-title" id={titleId}>
              {t('signOut.title')}
            </p>
            {step.count > 0 && <p>{t('signOut.warning', { count: step.count })}</p>}
            {step.name === 'confirm' && step.failed.length > 0 && (
              <div role="status">
                <p>{t('signOut.failed', { count: step.failed.length })}</p>
                <UnsentChangesList changes={step.failed} />
              </div>
            )}
            {step.name === 'sending' ? (
              <p role="status">{t('signOut.sending')}</p>
            ) : (
              <div className="button-row">
                {step.count > 0 && (
                  <button ref={firstAction} type="button" className="btn btn-primary" onClick={() => void sendFirst()}>
                    {t('signOut.sendFirst')}
                  </button>
                )}
                <button type="button" className="btn btn-danger" onClick={() => void signOut()}>
                  {t('signOut.discard')}
                </button>
                <button type="button" className="btn btn-secondary" onClick={() => setStep({ name: 'closed' })}>
                  {t('common.cancel')}
                </button>
              </div>
            )}
          </div>
        </div>
      )}
    </>
  );
}
