import { useId, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useI18n } from '@/lib/i18n/i18n';
import { useDebouncedValue } from '@/lib/use-debounced-value';

export interface PickedOrganization {
  id: string;
  name: string;
}

/**
 * Choose an organisation within the caller's scope by typing part of its name (diacritics
 * optional). Shared by several features (member form, transfer, move), so it queries the API itself.
 */
export function OrganizationPicker({
  name,
  label,
  value,
  onChange,
  error,
  holdsMeetings,
  excludeId,
  required,
}: {
  name: string;
  label: string;
  value: PickedOrganization | null;
  onChange: (value: PickedOrganization | null) => void;
  error?: string;
  /** true: cells only; false: non-cells only; undefined: any. */
  holdsMeetings?: boolean;
  excludeId?: string;
  required?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [editing, setEditing] = useState(value === null);
  const [q, setQ] = useState('');
  const debouncedQ = useDebouncedValue(q.trim(), 300);
  const results = useQuery({
    queryKey: ['organizations', 'picker', { q: debouncedQ, holdsMeetings }],
    queryFn: async () =>
      unwrap(
        await api().GET('/api/v1/organizations', {
          params: { query: { q: debouncedQ || undefined, holdsMeetings, size: 20, sort: 'path' } },
        }),
      ),
    enabled: editing,
    placeholderData: keepPreviousData,
  });
  const errorId = error ? `${id}-error` : undefined;
  // Filtered here too: a closed organisation or (for `holdsMeetings`) the wrong kind is never offered.
  const items = (results.data?.items ?? []).filter(
    (o) => o.id !== excludeId && !o.validTo && (holdsMeetings === undefined || o.holdsMeetings === holdsMeetings),
  );

  return (
    <fieldset className={error ? 'field picker field-invalid' : 'field picker'} data-field={name}>
      <legend>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      {value && !editing ? (
        <div className="picker-selected">
          <span className="picker-value" id={`${id}-value`}>
            {value.name}
          </span>
          <button
            type="button"
            className="btn btn-secondary"
            aria-describedby={`${id}-value`}
            onClick={() => setEditing(true)}
          >
            {t('picker.change')}
          </button>
        </div>
      ) : (
        <>
          <label htmlFor={`${id}-q`} className="visually-hidden">
            {t('picker.search')}
          </label>
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            placeholder={t('picker.placeholder')}
            onChange={(e) => setQ(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={errorId}
            autoComplete="off"
          />
          <div className="picker-results" aria-live="polite" aria-busy={results.isFetching}>
            {results.isError && <p className="field-error">{t('picker.error')}</p>}
            {results.isSuccess && items.length === 0 && <p className="muted">{t('picker.none')}</p>}
            {items.length > 0 && (
              <ul>
                {items.map((o) => (
                  <li key={o.id}>
                    <button
                      type="button"
                      className="picker-option"
                      onClick={() => {
                        onChange({ id: o.id, name: o.name });
                        setEditing(false);
                        setQ('');
                      }}
                    >
                      {o.name}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
          {value && (
            <button type="button" className="btn btn-link" onClick={() => setEditing(false)}>
              {t('picker.keep', { name: value.name })}
            </button>
          )}
        </>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
