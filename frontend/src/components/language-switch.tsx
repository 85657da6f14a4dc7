import { LANGUAGES, useI18n } from '@/lib/i18n/i18n';

/** Two-button language switch (Tiếng Việt / English); the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { lang, setLanguage, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.switch')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          className={lang === l ? 'active' : undefined}
          onClick={() => setLanguage(l)}
          title={t(l === 'vi' ? 'lang.vi' : 'lang.en')}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
