import { useI18n } from '@/lib/i18n/i18n';

/** The submit and cancel buttons every form ends with; cancel goes back to where the user came from. */
export function FormButtons({
  pending,
  submitLabel,
  danger = false,
}: {
  pending: boolean;
  submitLabel: string;
  danger?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="button-row">
      <button type="submit" className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} disabled={pending}>
        {pending ? t('common.saving') : submitLabel}
      </button>
      <button type="button" className="btn btn-secondary" onClick={() => history.back()}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
