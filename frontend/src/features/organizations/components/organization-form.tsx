import { useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { ErrorMessage } from '@/components/error-message';
import { ExternalIdFields } from '@/components/external-id-fields';
import { CheckboxField, Field } from '@/components/field';
import { PageHeader } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { todayInVietnam } from '@/lib/format';
import { focusFirstInvalid, isVersionConflict, optionalText, serverFieldErrors, submitMutation } from '@/lib/form';
import { useI18n } from '@/lib/i18n/i18n';
import { useCreateOrganization } from '../api/create-organization';
import { useOrganization } from '../api/get-organization';
import { useUpdateOrganization } from '../api/update-organization';
import type { Organization, OrganizationPatch } from '../api/types';
import { organizationCrumbs } from './organization-detail';
import { useOrganizationLabels } from './use-organization-labels';
import { FormButtons } from '@/components/form-buttons';

interface Values {
  name: string;
  shortName: string;
  typeCode: string;
  categoryCode: string;
  holdsMeetings: boolean;
  hasCommittee: boolean;
  code: string;
  /** BR-D4: identifiers in CSDL đảng viên 3.0 and in the Sổ tay đảng viên app. */
  csdlId: string;
  sotayId: string;
  locality: string;
  validFrom: string;
  effectiveDate: string;
  decisionRef: string;
}

const SERVER_FIELDS = [
  'name',
  'shortName',
  'typeCode',
  'categoryCode',
  'holdsMeetings',
  'hasCommittee',
  'code',
  'csdlId',
  'sotayId',
  'locality',
  'validFrom',
  'effectiveDate',
  'decisionRef',
  'parentId',
  'version',
];

function valuesOf(o?: Organization): Values {
  return {
    name: o?.name ?? '',
    shortName: o?.shortName ?? '',
    typeCode: o?.typeCode ?? '',
    categoryCode: o?.categoryCode ?? '',
    holdsMeetings: o?.holdsMeetings ?? false,
    hasCommittee: o?.hasCommittee ?? false,
    code: o?.code ?? '',
    csdlId: o?.csdlId ?? '',
    sotayId: o?.sotayId ?? '',
    locality: o?.locality ?? '',
    validFrom: todayInVietnam(),
    effectiveDate: todayInVietnam(),
    decisionRef: '',
  };
}

/** Create a sub-organisation under `parentId`. */
export function CreateOrganizationForm({ parentId }: { parentId: string }) {
  const parent = useOrganization(parentId);
  const { t } = useI18n();
  if (parent.isPending) return <Spinner />;
  if (parent.isError) return <ErrorMessage error={parent.error} onRetry={() => void parent.refetch()} />;
  return (
    <OrganizationForm
      mode="create"
      title={t('org.form.createTitle')}
      context={parent.data}
      initial={valuesOf(undefined)}
    />
  );
}

/** Rename or change attributes (PATCH with the version the form was based on). */
export function EditOrganizationForm({ id }: { id: string }) {
  const org = useOrganization(id);
  const { t } = useI18n();
  if (org.isPending) return <Spinner />;
  if (org.isError) return <ErrorMessage error={org.error} onRetry={() => void org.refetch()} />;
  return (
    <OrganizationForm
      key={org.data.version}
      mode="edit"
      title={t('org.form.editTitle', { name: org.data.name })}
      context={org.data}
      initial={valuesOf(org.data)}
      onReload={() => void org.refetch()}
    />
  );
}

function OrganizationForm({
  mode,
  title,
  context,
  initial,
  onReload,
}: {
  mode: 'create' | 'edit';
  title: string;
  /** The parent (create) or the organisation itself (edit). */
  context: Organization;
  initial: Values;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const labels = useOrganizationLabels();
  const [values, setValues] = useState<Values>(initial);
  const [holdsTouched, setHoldsTouched] = useState(mode === 'edit');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const create = useCreateOrganization();
  const update = useUpdateOrganization(context.id);
  const mutation = mode === 'create' ? create : update;
  const errors = { ...serverFieldErrors(mutation.error), ...clientErrors };

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const onTypeChange = (code: string) => {
    const type = labels.types.data?.find((x) => x.code === code);
    setValues((v) => ({
      ...v,
      typeCode: code,
      holdsMeetings: !holdsTouched && type ? type.holdsMeetingsByDefault : v.holdsMeetings,
    }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!values.name.trim()) missing.name = t('validation.required');
    if (!values.typeCode) missing.typeCode = t('validation.required');
    if (!values.categoryCode) missing.categoryCode = t('validation.required');
    setClientErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    const onError = () => focusFirstInvalid(formRef.current);
    if (mode === 'create') {
      void submitMutation(
        create.mutateAsync,
        {
          parentId: context.id,
          name: values.name.trim(),
          shortName: optionalText(values.shortName),
          typeCode: values.typeCode,
          categoryCode: values.categoryCode,
          holdsMeetings: values.holdsMeetings,
          hasCommittee: values.hasCommittee,
          code: optionalText(values.code),
          csdlId: optionalText(values.csdlId),
          sotayId: optionalText(values.sotayId),
          validFrom: values.validFrom || null,
        },
        (created) => navigate(paths.organization.build(created.id)),
        onError,
      );
    } else {
      // Send only what changed, with the version the form was based on.
      const patch: OrganizationPatch = { version: context.version };
      if (values.name.trim() !== initial.name) patch.name = values.name.trim();
      if (values.shortName.trim() !== initial.shortName) patch.shortName = optionalText(values.shortName);
      if (values.typeCode !== initial.typeCode) patch.typeCode = values.typeCode;
      if (values.categoryCode !== initial.categoryCode) patch.categoryCode = values.categoryCode;
      if (values.holdsMeetings !== initial.holdsMeetings) patch.holdsMeetings = values.holdsMeetings;
      if (values.hasCommittee !== initial.hasCommittee) patch.hasCommittee = values.hasCommittee;
      if (values.code.trim() !== initial.code) patch.code = optionalText(values.code);
      if (values.locality.trim() !== initial.locality) patch.locality = values.locality.trim();
      // An identifier cleared is sent as an empty string: the server removes it.
      if (values.csdlId.trim() !== initial.csdlId) patch.csdlId = values.csdlId.trim();
      if (values.sotayId.trim() !== initial.sotayId) patch.sotayId = values.sotayId.trim();
      if (patch.name !== undefined) {
        if (values.effectiveDate) patch.effectiveDate = values.effectiveDate;
        if (values.decisionRef.trim()) patch.decisionRef = values.decisionRef.trim();
      }
      void submitMutation(update.mutateAsync, patch, () => navigate(paths.organization.build(context.id)), onError);
    }
  };

  const renamed = mode === 'edit' && values.name.trim() !== initial.name;
  const crumbs = organizationCrumbs(context, t('nav.organizations'), true);

  return (
    <section>
      <PageHeader title={title} crumbs={crumbs} breadcrumbLabel={t('common.breadcrumb')} />
      {mode === 'create' && <p className="muted">{t('org.form.parent', { name: context.name })}</p>}
      <form ref={formRef} className="form card" onSubmit={submit} noValidate>
        <ErrorMessage
          error={mutation.error}
          hideFields={SERVER_FIELDS}
          onRetry={isVersionConflict(mutation.error) ? onReload : undefined}
        />
        <Field name="name" label={t('org.field.name')} error={errors.name} required>
          {(p) => (
            <input
              {...p}
              type="text"
              value={values.name}
              onChange={(e) => set('name', e.target.value)}
              maxLength={300}
            />
          )}
        </Field>
        {renamed && (
          <div className="form-grid">
            <Field name="effectiveDate" label={t('org.field.renameEffectiveDate')} error={errors.effectiveDate}>
              {(p) => (
                <input
                  {...p}
                  type="date"
                  value={values.effectiveDate}
                  onChange={(e) => set('effectiveDate', e.target.value)}
                />
              )}
            </Field>
            <Field name="decisionRef" label={t('common.decisionRef')} error={errors.decisionRef}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  value={values.decisionRef}
                  onChange={(e) => set('decisionRef', e.target.value)}
                  maxLength={200}
                />
              )}
            </Field>
          </div>
        )}
        <div className="form-grid">
          <Field name="shortName" label={t('org.field.shortName')} error={errors.shortName}>
            {(p) => (
              <input
                {...p}
                type="text"
                value={values.shortName}
                onChange={(e) => set('shortName', e.target.value)}
                maxLength={100}
              />
            )}
          </Field>
          {mode !== 'create' && (
            <Field
              name="locality"
              label={t('org.field.locality')}
              hint={t('org.field.locality.hint')}
              error={errors.locality}
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  value={values.locality}
                  onChange={(e) => set('locality', e.target.value)}
                  maxLength={120}
                />
              )}
            </Field>
          )}
          <Field name="code" label={t('org.field.code')} error={errors.code}>
            {(p) => (
              <input
                {...p}
                type="text"
                value={values.code}
                onChange={(e) => set('code', e.target.value)}
                maxLength={60}
              />
            )}
          </Field>
          <ExternalIdFields
            values={values}
            errors={errors}
            labels={{ csdlId: t('org.field.csdlId'), sotayId: t('org.field.sotayId') }}
            onChange={set}
          />
          <Field name="typeCode" label={t('org.field.typeCode')} error={errors.typeCode} required>
            {(p) => (
              <select {...p} value={values.typeCode} onChange={(e) => onTypeChange(e.target.value)}>
                <option value="">{t('common.choose')}</option>
                {labels.types.data?.map((x) => (
                  <option key={x.code} value={x.code}>
                    {labels.typeLabel(x.code)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="categoryCode" label={t('org.field.categoryCode')} error={errors.categoryCode} required>
            {(p) => (
              <select {...p} value={values.categoryCode} onChange={(e) => set('categoryCode', e.target.value)}>
                <option value="">{t('common.choose')}</option>
                {labels.categories.data?.map((x) => (
                  <option key={x.code} value={x.code}>
                    {labels.categoryLabel(x.code)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {mode === 'create' && (
            <Field name="validFrom" label={t('org.field.validFrom')} error={errors.validFrom}>
              {(p) => (
                <input {...p} type="date" value={values.validFrom} onChange={(e) => set('validFrom', e.target.value)} />
              )}
            </Field>
          )}
        </div>
        <CheckboxField
          name="holdsMeetings"
          label={t('org.field.holdsMeetingsLong')}
          checked={values.holdsMeetings}
          onChange={(c) => {
            setHoldsTouched(true);
            set('holdsMeetings', c);
          }}
          error={errors.holdsMeetings}
        />
        <CheckboxField
          name="hasCommittee"
          label={t('org.field.hasCommittee')}
          checked={values.hasCommittee}
          onChange={(c) => set('hasCommittee', c)}
          error={errors.hasCommittee}
        />
        <FormButtons pending={mutation.isPending} submitLabel={t('common.save')} />
      </form>
    </section>
  );
}
