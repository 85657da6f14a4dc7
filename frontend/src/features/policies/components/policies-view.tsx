import { useState, type FormEvent } from 'react';
import { CheckboxField, Field } from '@/components/field';
import { ErrorMessage } from '@/components/error-message';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { canWriteOrganizations } from '@/lib/auth/permissions';
import { useMe } from '@/lib/auth/get-me';
import { optionalText, serverFieldErrors } from '@/lib/form';
import { formatDate, formatNumber, todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useEffectivePolicy, useIssuedPolicies, useIssuePolicy, type Policy } from '../api/policies';
import {
  differences,
  enumLabel,
  fieldLabel,
  newRuleSet,
  POLICY_FIELDS,
  POLICY_LISTS,
  valueAt,
  type PolicyField,
  type RuleValue,
} from './policy-fields';

/**
 * The rules an organisation works under (policy profiles, issue 15): the set in force on a day with where it
 * comes from, how it differs from the set in force on another day, the sets this organisation issued, and, for
 * committee staff, a new dated set starting from the one in force.
 */
export function PoliciesView({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const me = useMe();
  const [on, setOn] = useState(todayInVietnam());
  const [other, setOther] = useState('');
  const current = useEffectivePolicy(organizationId, on);
  const compared = useEffectivePolicy(organizationId, other);
  const [issuing, setIssuing] = useState(false);
  return (
    <div className="stack">
      <p className="muted">{t('policy.intro')}</p>
      <div className="form-grid">
        <Field name="on" label={t('policy.on')}>
          {(p) => <input {...p} type="date" value={on} onChange={(e) => setOn(e.target.value)} />}
        </Field>
        <Field name="other" label={t('policy.compareWith')} hint={t('policy.compareHint')}>
          {(p) => <input {...p} type="date" value={other} onChange={(e) => setOther(e.target.value)} />}
        </Field>
      </div>
      <QueryView query={current}>
        {(policy) => (
          <>
            <PolicyHeader policy={policy} />
            <RulesTable policy={policy} day={on} other={other ? compared.data : undefined} otherDay={other} />
            {canWriteOrganizations(me.data) &&
              (issuing ? (
                <IssueForm organizationId={organizationId} base={policy} onDone={() => setIssuing(false)} />
              ) : (
                <button type="button" className="btn btn-primary" onClick={() => setIssuing(true)}>
                  {t('policy.issue')}
                </button>
              ))}
          </>
        )}
      </QueryView>
      <IssuedList organizationId={organizationId} />
    </div>
  );
}

function PolicyHeader({ policy }: { policy: Policy }) {
  const { t } = useI18n();
  const period = usePeriod();
  return (
    <section className="card" aria-labelledby="policy-in-force">
      <h2 id="policy-in-force" className="section-title">
        {t('policy.inForce', { label: policy.label })}
      </h2>
      <p>
        {t('policy.issuedBy', { issuer: policy.issuerName })} · {period(policy)}
      </p>
      {policy.legalBasis && <p className="muted">{t('policy.legalBasis', { text: policy.legalBasis })}</p>}
    </section>
  );
}

/** "in force from … (to …)" of a rule set. */
function usePeriod() {
  const { t, locale } = useI18n();
  return (p: Policy) =>
    p.validTo
      ? t('policy.period', { from: formatDate(p.validFrom, locale), to: formatDate(p.validTo, locale) })
      : t('policy.since', { from: formatDate(p.validFrom, locale) });
}

/** A rule's value as people read it: Có/Không, a named choice, 05/02 for a month-day, grouped digits. */
function useShow() {
  const { t, locale } = useI18n();
  return (field: PolicyField | undefined, value: unknown): string => {
    if (value === undefined || value === null) return '—';
    if (typeof value === 'boolean') return value ? t('policy.yes') : t('policy.no');
    if (typeof value === 'number') return formatNumber(value, locale);
    if (field?.kind.type === 'enum') return t(enumLabel(String(value)));
    if (field?.kind.type === 'monthDay' && typeof value === 'string') return value.split('-').reverse().join('/');
    if (typeof value === 'string') return value;
    return JSON.stringify(value);
  };
}

function RulesTable({
  policy,
  day,
  other,
  otherDay,
}: {
  policy: Policy;
  day: string;
  other?: Policy;
  otherDay: string;
}) {
  const { t, locale } = useI18n();
  const show = useShow();
  const [onlyChanged, setOnlyChanged] = useState(false);
  const changed = new Set(other ? differences(policy, other) : []);
  const rows: { path: string; field?: PolicyField }[] = [
    ...POLICY_FIELDS.map((f) => ({ path: f.path, field: f })),
    ...POLICY_LISTS.map((path) => ({ path })),
  ].filter((r) => !onlyChanged || changed.has(r.path));
  return (
    <section className="card" aria-labelledby="policy-values">
      <h2 id="policy-values" className="section-title">
        {t('policy.values')}
      </h2>
      {other && (
        <>
          <p role="status">{t('policy.changedCount', { count: changed.size, day: formatDate(otherDay, locale) })}</p>
          <CheckboxField
            name="onlyChanged"
            label={t('policy.onlyChanged')}
            checked={onlyChanged}
            onChange={setOnlyChanged}
          />
        </>
      )}
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('policy.rule')}</th>
              <th scope="col">{t('policy.valueOn', { day: formatDate(day, locale) })}</th>
              {other && <th scope="col">{t('policy.valueOn', { day: formatDate(otherDay, locale) })}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ path, field }) => (
              <tr key={path} className={changed.has(path) ? 'row-changed' : undefined}>
                <th scope="row">{t(fieldLabel(path))}</th>
                <td>{show(field, field ? valueAt(policy, path) : listText(policy, path))}</td>
                {other && <td>{show(field, field ? valueAt(other, path) : listText(other, path))}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A list rule in one line (its items' codes), for reading and comparing. */
function listText(policy: Policy, path: string): string {
  const value = (policy as unknown as Record<string, unknown>)[path];
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === 'object' && v ? Object.values(v).join(': ') : String(v))).join(', ') || '—';
  }
  return value && typeof value === 'object' ? JSON.stringify(value) : '—';
}

function IssueForm({ organizationId, base, onDone }: { organizationId: string; base: Policy; onDone: () => void }) {
  const { t } = useI18n();
  const issue = useIssuePolicy();
  const [key] = useState(() => crypto.randomUUID());
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [values, setValues] = useState<Record<string, RuleValue>>(() =>
    Object.fromEntries(POLICY_FIELDS.map((f) => [f.path, valueAt(base, f.path)])),
  );
  const errors = serverFieldErrors(issue.error);
  const set = (path: string, value: RuleValue) => setValues((v) => ({ ...v, [path]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    issue.mutate(
      {
        key,
        body: newRuleSet(base, values, {
          issuerOrganizationId: organizationId,
          validFrom,
          validTo: validTo || null,
          legalBasis: optionalText(legalBasis),
        }),
      },
      { onSuccess: () => onDone() },
    );
  };
  return (
    <form className="card stack" aria-labelledby="policy-issue" onSubmit={submit}>
      <h2 id="policy-issue" className="section-title">
        {t('policy.issue')}
      </h2>
      <p className="muted">{t('policy.issueIntro', { label: base.label })}</p>
      <div className="form-grid">
        <Field name="validFrom" label={t('policy.validFrom')} required error={errors.validFrom}>
          {(p) => (
            <input {...p} type="date" required value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
          )}
        </Field>
        <Field name="validTo" label={t('policy.validTo')} hint={t('policy.validToHint')} error={errors.validTo}>
          {(p) => <input {...p} type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />}
        </Field>
        <Field
          name="legalBasis"
          label={t('policy.legalBasisField')}
          hint={t('policy.legalBasisHint')}
          error={errors.legalBasis}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={500}
              value={legalBasis}
              onChange={(e) => setLegalBasis(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form-grid">
        {POLICY_FIELDS.map((f) => (
          <RuleInput
            key={f.path}
            field={f}
            value={values[f.path]}
            onChange={(v) => set(f.path, v)}
            error={errors[f.path]}
          />
        ))}
      </div>
      <ErrorMessage
        error={issue.error}
        hideFields={['validFrom', 'validTo', 'legalBasis', ...POLICY_FIELDS.map((f) => f.path)]}
      />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={issue.isPending}>
          {t('policy.issueSubmit')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t('policy.cancel')}
        </button>
      </div>
    </form>
  );
}

function RuleInput({
  field,
  value,
  onChange,
  error,
}: {
  field: PolicyField;
  value: RuleValue;
  onChange: (v: RuleValue) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const label = t(fieldLabel(field.path));
  const kind = field.kind;
  if (kind.type === 'bool') {
    return <CheckboxField name={field.path} label={label} checked={value === true} onChange={onChange} error={error} />;
  }
  return (
    <Field
      name={field.path}
      label={label}
      error={error}
      hint={kind.type === 'monthDay' ? t('policy.monthDayHint') : undefined}
    >
      {(p) =>
        kind.type === 'enum' ? (
          <select {...p} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)}>
            {kind.options.map((o) => (
              <option key={o} value={o}>
                {t(enumLabel(o))}
              </option>
            ))}
          </select>
        ) : kind.type === 'int' ? (
          <input
            {...p}
            type="number"
            inputMode="numeric"
            min={kind.min}
            max={kind.max}
            value={value === null || value === undefined ? '' : String(value)}
            onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
          />
        ) : (
          <input
            {...p}
            type="text"
            pattern="(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
            maxLength={5}
            value={String(value ?? '')}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

function IssuedList({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const period = usePeriod();
  const [page, setPage] = useState(0);
  const list = useIssuedPolicies(organizationId, page);
  return (
    <section className="card" aria-labelledby="policy-issued">
      <h2 id="policy-issued" className="section-title">
        {t('policy.issued')}
      </h2>
      <QueryView query={list} empty={t('policy.issuedEmpty')} isEmpty={(p) => p.items.length === 0}>
        {(p) => (
          <>
            <ul className="plain-list">
              {p.items.map((policy) => (
                <li key={policy.id}>
                  <strong>{policy.label}</strong>{' '}
                  <span className="muted">
                    {period(policy)}
                    {policy.legalBasis && ` · ${policy.legalBasis}`}
                  </span>
                </li>
              ))}
            </ul>
            <Pager of={p} onPage={setPage} label={t('policy.issuedPages')} />
          </>
        )}
      </QueryView>
    </section>
  );
}
