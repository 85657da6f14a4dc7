import { useState } from 'react';
import type { ExportFormat } from '@/lib/api/download';
import { useI18n } from '@/lib/i18n/i18n';
import { ErrorMessage } from './error-message';

const FORMATS: ExportFormat[] = ['xlsx', 'csv'];

/**
 * "Tải Excel" / "Tải CSV" for a list: `download` fetches the whole list with the screen's filters
 * and saves it. One download at a time; a refusal (out of scope, bad filter) is shown beside the buttons.
 */
export function ExportButtons({ download }: { download: (format: ExportFormat) => Promise<unknown> }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<unknown>(null);
  const start = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    try {
      await download(format);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={t('export.group')}>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="secondary"
          disabled={busy !== null}
          onClick={() => void start(format)}
        >
          {busy === format ? t('export.working') : t(`export.${format}`)}
        </button>
      ))}
      {error !== null && <ErrorMessage error={error} />}
    </div>
  );
}
