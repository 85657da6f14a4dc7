import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { canImport } from '@/lib/auth/permissions';
import { useMe } from '@/lib/auth/get-me';
import { serverFieldErrors } from '@/lib/form';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { DOC_TYPES, type LegalDocType, useCreateLegalReference, useLegalReferences } from '../api/legal-references';

/**
 * BR-D6: the legal references that policies and scoring templates cite, keyed by issuer, number, type and date.
 * Everyone reads them; committee staff add one (the server refuses the same key twice).
 */
export function LegalReferencesView() {
  const { t, locale } = useI18n();
  const me = useMe();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const list = useLegalReferences(q, page);
  return (
    <div className="stack">
      <p className="muted">{t('legalRefs.intro')}</p>
      <label>
        {t('legalRefs.search')}
        <input
          type="search"
          maxLength={100}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setPage(0);
          }}
        />
      </label>
      <QueryView query={list} empty={t('legalRefs.empty')} isEmpty={(p) => p.items.length === 0}>
        {(p) => (
          <>
            <table className="table">
              <caption className="visually-hidden">{t('legalRefs.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('legalRefs.number')}</th>
                  <th scope="col">{t('legalRefs.type')}</th>
                  <th scope="col">{t('legalRefs.issuer')}</th>
                  <th scope="col">{t('legalRefs.issuedOn')}</th>
                  <th scope="col">{t('legalRefs.citation')}</th>
                </tr>
              </thead>
              <tbody>
                {p.items.map((r) => (
                  <tr key={r.id}>
                    <td>{r.number}</td>
                    <td>{t(`legal.type.${r.type}`)}</td>
                    <td>{r.issuer}</td>
                    <td>{r.issuedOn ? formatDate(r.issuedOn, locale) : '—'}</td>
                    <td>{r.citation}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager of={p} onPage={setPage} label={t('legalRefs.pages')} />
          </>
        )}
      </QueryView>
      {canImport(me.data) && <CreateLegalReferenceForm />}
    </div>
  );
}

function CreateLegalReferenceForm() {
  const { t } = useI18n();
  const create = useCreateLegalReference();
  const [number, setNumber] = useState('');
  const [type, setType] = useState<LegalDocType>('HUONG_DAN');
  const [issuedOn, setIssuedOn] = useState('');
  const [citation, setCitation] = useState('');
  const errors = serverFieldErrors(create.error);
  // The issuer is what the number ends with ("42-HD/BTCTW" -> "BTCTW"), as the catalogue keys it.
  const issuer = number.includes('/') ? number.slice(number.lastIndexOf('/') + 1).trim() : '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { issuer, number: number.trim(), type, issuedOn: issuedOn || null, citation: citation.trim() },
      {
        onSuccess: () => {
          setNumber('');
          setIssuedOn('');
          setCitation('');
        },
      },
    );
  };

  return (
    <form className="card form" aria-labelledby="legal-new-title" onSubmit={submit} noValidate>
      <h2 id="legal-new-title" className="section-title">
        {t('legalRefs.new')}
      </h2>
      <ErrorMessage error={create.error} hideFields={['issuer', 'number', 'type', 'issuedOn', 'citation']} />
      <div className="form-grid">
        <Field
          name="number"
          label={t('legalRefs.number')}
          hint={t('legalRefs.numberHint')}
          error={errors.number ?? errors.issuer}
          required
        >
          {(p) => (
            <input {...p} type="text" maxLength={60} value={number} onChange={(e) => setNumber(e.target.value)} />
          )}
        </Field>
        <Field name="type" label={t('legalRefs.type')} error={errors.type} required>
          {(p) => (
            <select {...p} value={type} onChange={(e) => setType(e.target.value as LegalDocType)}>
              {DOC_TYPES.map((d) => (
                <option key={d} value={d}>
                  {t(`legal.type.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="issuedOn" label={t('legalRefs.issuedOn')} error={errors.issuedOn}>
          {(p) => <input {...p} type="date" value={issuedOn} onChange={(e) => setIssuedOn(e.target.value)} />}
        </Field>
      </div>
      <Field
        name="citation"
        label={t('legalRefs.citation')}
        hint={t('legalRefs.citationHint')}
        error={errors.citation}
        required
      >
        {(p) => (
          <input {...p} type="text" maxLength={500} value={citation} onChange={(e) => setCitation(e.target.value)} />
        )}
      </Field>
      <div>
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {t('legalRefs.create')}
        </button>
      </div>
    </form>
  );
}
