import { useState } from 'react';
import { useAuth } from '@/lib/auth/auth-context';
import { useI18n } from '@/lib/i18n/i18n';

/** Shown to anyone not signed in, on any URL: the login returns to that URL. */
export function Landing() {
  const { t, lang } = useI18n();
  const auth = useAuth();
  const [busy, setBusy] = useState(false);
  return (
    <section className="landing">
      <h1>{t('landing.title')}</h1>
      <p className="lead">{t('landing.lead')}</p>
      {auth.status === 'expired' && (
        <p className="alert alert-warning" role="alert">
          {t('auth.expired')}
        </p>
      )}
      <button
        type="button"
        className="btn btn-primary btn-large"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          auth.login({ locale: lang }).catch(() => setBusy(false));
        }}
      >
        {busy ? t('auth.redirecting') : t('auth.login')}
      </button>
      <ul className="landing-points">
        <li>{t('landing.point.tree')}</li>
        <li>{t('landing.point.members')}</li>
        <li>{t('landing.point.meetings')}</li>
      </ul>
    </section>
  );
}
