import { useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { QueryView } from '@/components/query-view';
import { useI18n } from '@/lib/i18n/i18n';
import { useNoticePreferences, useSaveNoticePreferences } from '../api/notice-preferences';
import type { NoticePreferences } from '../api/types';

/** E-mail as well as the inbox, or the inbox only, and the address to write to. */
export function NoticePreferencesForm() {
  const query = useNoticePreferences();
  return <QueryView query={query}>{(prefs) => <PreferencesEditor key={prefs.version} saved={prefs} />}</QueryView>;
}

function PreferencesEditor({ saved }: { saved: NoticePreferences }) {
  const { t } = useI18n();
  const save = useSaveNoticePreferences();
  const [email, setEmail] = useState(saved.email);
  const [address, setAddress] = useState(saved.emailAddress ?? '');
  return (
    <form
      className="card stack"
      aria-labelledby="notice-preferences-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ version: saved.version, email, emailAddress: address.trim() || null });
      }}
    >
      <h2 id="notice-preferences-title" className="section-title">
        {t('notices.preferences')}
      </h2>
      <label className="checkbox">
        <input type="checkbox" checked={email} onChange={(e) => setEmail(e.target.checked)} />{' '}
        {t('notices.preferences.email')}
      </label>
      <label>
        {t('notices.preferences.address')}
        <input
          type="email"
          value={address}
          disabled={!email}
          maxLength={320}
          onChange={(e) => setAddress(e.target.value)}
        />
      </label>
      {email && !address && <p className="small muted">{t('notices.preferences.noAddress')}</p>}
      <div>
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('notices.preferences.save')}
        </button>
        {save.isSuccess && !save.isPending && (
          <span className="small" role="status">
            {' '}
            {t('notices.preferences.saved')}
          </span>
        )}
      </div>
      <ErrorMessage error={save.error} />
    </form>
  );
}
