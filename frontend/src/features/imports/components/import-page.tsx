import { useId, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'wouter';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { OrganizationPicker, type PickedOrganization } from '@/components/organization-picker';
import { PageHeader } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { formatNumber } from '@/lib/format';
import { focusFirstInvalid, serverFieldErrors, submitMutation } from '@/lib/form';
import { useI18n } from '@/lib/i18n/i18n';
import { useCommitImport } from '../api/commit-import';
import { useImport } from '../api/get-import';
import { usePreviewImport } from '../api/preview-import';
import type { ImportKind, ImportPreview } from '../api/types';

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Upload a CSV/XLSX file, check the preview row by row, then commit. The preview id is kept in
 * the URL so a reload shows the same preview.
 */
export function ImportPage({ organization }: { organization: PickedOrganization | null }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const importId = params.get('importId');
  const existing = useImport(importId);
  const setImportId = (id: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (id) next.set('importId', id);
        else next.delete('importId');
        return next;
      },
      { replace: false },
    );

  return (
    <section>
      <PageHeader title={t('import.title')} />
      {importId ? (
        existing.isPending ? (
          <Spinner />
        ) : existing.isError ? (
          <ErrorMessage error={existing.error} onRetry={() => void existing.refetch()} />
        ) : (
          <PreviewView preview={existing.data} onRestart={() => setImportId(null)} />
        )
      ) : (
        <UploadForm initialOrganization={organization} onPreview={(p) => setImportId(p.id)} />
      )}
    </section>
  );
}

function UploadForm({
  initialOrganization,
  onPreview,
}: {
  initialOrganization: PickedOrganization | null;
  onPreview: (preview: ImportPreview) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<ImportKind>('MEMBERS');
  const [organization, setOrganization] = useState<PickedOrganization | null>(initialOrganization);
  const [file, setFile] = useState<File | null>(null);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const upload = usePreviewImport();
  const errors = { ...serverFieldErrors(upload.error), ...clientErrors };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!organization) found.organizationId = t('validation.chooseOrganization');
    if (!file) found.file = t('import.fileRequired');
    else if (file.size > MAX_BYTES) found.file = t('import.fileTooLarge');
    setClientErrors(found);
    if (Object.keys(found).length > 0 || !file || !organization) {
      focusFirstInvalid(formRef.current);
      return;
    }
    void submitMutation(upload.mutateAsync, { file, kind, organizationId: organization.id }, onPreview);
  };

  return (
    <form ref={formRef} className="form card" onSubmit={submit} noValidate>
      <ErrorMessage error={upload.error} hideFields={['file', 'kind', 'organizationId']} />
      <fieldset className="field radio-group" data-field="kind">
        <legend>{t('import.kind')}</legend>
        {(['MEMBERS', 'ORGANIZATIONS'] as const).map((k) => (
          <label key={k} className="radio">
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
            <span>{t(`import.kind.${k}`)}</span>
          </label>
        ))}
      </fieldset>
      <OrganizationPicker
        name="organizationId"
        label={t(kind === 'MEMBERS' ? 'import.organization.members' : 'import.organization.organizations')}
        value={organization}
        onChange={setOrganization}
        holdsMeetings={kind === 'MEMBERS' ? true : undefined}
        error={errors.organizationId}
        required
      />
      <Field name="file" label={t('import.file')} hint={t('import.fileHint')} error={errors.file} required>
        {(p) => (
          <input
            {...p}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={upload.isPending}>
          {upload.isPending ? t('import.uploading') : t('import.preview')}
        </button>
      </div>
    </form>
  );
}

function PreviewView({ preview, onRestart }: { preview: ImportPreview; onRestart: () => void }) {
  const { t, locale } = useI18n();
  const commit = useCommitImport();
  const columns = [...new Set(preview.rows.flatMap((r) => Object.keys(r.values)))];
  const committed = preview.status === 'COMMITTED';
  const [onlyErrors, setOnlyErrors] = useState(preview.errorCount > 0);
  const rows = onlyErrors ? preview.rows.filter((r) => r.errors.length > 0) : preview.rows;

  return (
    <div>
      <div className="card">
        <p>
          <strong>{preview.fileName}</strong> · {t(`import.kind.${preview.kind}`)}
        </p>
        <p>
          {t('import.summary', {
            valid: formatNumber(preview.validCount, locale),
            errors: formatNumber(preview.errorCount, locale),
          })}
        </p>
        {committed ? (
          <p className="alert alert-success" role="status">
            {t('import.committed')}
          </p>
        ) : preview.errorCount > 0 ? (
          <p className="alert alert-warning">{t('import.fixErrors')}</p>
        ) : null}
        <ErrorMessage error={commit.error} />
        <div className="button-row">
          {!committed && (
            <button
              type="button"
              className="btn btn-primary"
              disabled={preview.errorCount > 0 || commit.isPending}
              onClick={() => commit.mutate(preview.id)}
            >
              {commit.isPending
                ? t('common.saving')
                : t('import.commit', { count: formatNumber(preview.validCount, locale) })}
            </button>
          )}
          <button type="button" className="btn btn-secondary" onClick={onRestart}>
            {t('import.another')}
          </button>
        </div>
      </div>
      {preview.errorCount > 0 && (
        <div className="field field-check">
          <input
            id="only-errors"
            type="checkbox"
            checked={onlyErrors}
            onChange={(e) => setOnlyErrors(e.target.checked)}
          />
          <label htmlFor="only-errors">{t('import.onlyErrors')}</label>
        </div>
      )}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('import.rows')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.row')}</th>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
              <th scope="col">{t('import.errors')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 500).map((r) => (
              <tr key={r.rowNumber} className={r.errors.length > 0 ? 'row-error' : undefined}>
                <th scope="row">{r.rowNumber}</th>
                {columns.map((c) => (
                  <td key={c} className={r.errors.some((e) => e.field === c) ? 'cell-error' : undefined}>
                    {r.values[c] ?? ''}
                  </td>
                ))}
                <td>
                  {r.errors.length === 0 ? (
                    <span className="ok">{t('import.rowOk')}</span>
                  ) : (
                    <ul className="row-errors">
                      {r.errors.map((e, i) => (
                        <li key={i}>
                          <strong>{e.field}</strong>: {e.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > 500 && (
        <p className="muted">{t('import.truncated', { count: formatNumber(rows.length - 500, locale) })}</p>
      )}
    </div>
  );
}
