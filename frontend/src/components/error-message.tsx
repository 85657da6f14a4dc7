import { ApiError } from '@/lib/api/problem';
import { useAuth } from '@/lib/auth/auth-context';
import { useI18n } from '@/lib/i18n/i18n';

/**
 * Shows any error readably: the problem+json title and detail from the server, field errors that
 * no form field displays, and plain-language text for network failures and stale versions.
 */
export function ErrorMessage({
  error,
  onRetry,
  hideFields = [],
}: {
  error: unknown;
  onRetry?: () => void;
  /** Field names the form already shows next to the inputs. */
  hideFields?: string[];
}) {
  const { t, lang } = useI18n();
  const auth = useAuth();
  if (!error) return null;
  let title: string;
  let detail: string | undefined;
  let fieldErrors: { field: string; message: string }[] = [];
  let conflict = false;
  if (error instanceof ApiError) {
    if (error.isNetworkError) {
      title = t('error.network.title');
      detail = t('error.network.detail');
    } else if (error.isVersionConflict) {
      conflict = true;
      title = t('error.versionConflict.title');
      detail = t('error.versionConflict.detail');
    } else if (error.status === 401) {
      title = t('error.unauthorized.title');
      detail = t('error.unauthorized.detail');
    } else {
      title = error.title;
      detail = error.detail;
      if (error.status >= 500 && !detail) detail = t('error.server.detail');
    }
    fieldErrors = error.errors.filter((e) => !hideFields.includes(e.field));
  } else {
    title = t('error.unexpected.title');
    detail = error instanceof Error ? error.message : undefined;
  }
  return (
    <div className={conflict ? 'alert alert-warning' : 'alert alert-error'} role="alert">
      <p className="alert-title">{title}</p>
      {detail && <p>{detail}</p>}
      {conflict && error instanceof ApiError && error.detail && <p className="muted">{error.detail}</p>}
      {fieldErrors.length > 0 && (
        <ul>
          {fieldErrors.map((e, i) => (
            <li key={`${e.field}-${i}`}>
              <strong>{e.field}</strong>: {e.message}
            </li>
          ))}
        </ul>
      )}
      {error instanceof ApiError && error.status === 401 && (
        <button type="button" className="btn btn-secondary" onClick={() => void auth.login({ locale: lang })}>
          {t('auth.login')}
        </button>
      )}
      {onRetry && (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {conflict ? t('common.reload') : t('common.retry')}
        </button>
      )}
    </div>
  );
}
