import { useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { ErrorMessage } from '@/components/error-message';
import { ExternalIdFields } from '@/components/external-id-fields';
import { Field } from '@/components/field';
import { FormButtons } from '@/components/form-buttons';
import { OrganizationPicker, type PickedOrganization } from '@/components/organization-picker';
import { todayInVietnam } from '@/lib/format';
import {
  focusFirstInvalid,
  isVersionConflict,
  optionalInt,
  optionalText,
  serverFieldErrors,
  submitMutation,
} from '@/lib/form';
import { useI18n } from '@/lib/i18n/i18n';
import { useDraft } from '@/lib/use-draft';
import { useCreateMember } from '../api/create-member';
import { useUpdateMember } from '../api/update-member';
import { GENDERS, type Gender, type Member, type MemberPatch } from '../api/types';

interface Values {
  fullName: string;
  birthYear: string;
  gender: Gender | '';
  cardNumber: string;
  admissionDate: string;
  officialDate: string;
  joinedOn: string;
  organization: PickedOrganization | null;
  /** BR-D4: identifiers in CSDL đảng viên 3.0 and in the Sổ tay đảng viên app. */
  csdlId: string;
  sotayId: string;
}

interface Draft {
  values: Values;
  /** For an edit: the version the typed changes are based on. */
  baseVersion?: number;
}

const FIELDS = [
  'fullName',
  'birthYear',
  'gender',
  'cardNumber',
  'admissionDate',
  'officialDate',
  'joinedOn',
  'organizationId',
  'csdlId',
  'sotayId',
  'version',
];

function valuesOf(m?: Member, organization?: PickedOrganization | null): Values {
  return {
    fullName: m?.fullName ?? '',
    birthYear: m?.birthYear != null ? String(m.birthYear) : '',
    gender: m?.gender ?? '',
    cardNumber: m?.cardNumber ?? '',
    admissionDate: m?.admissionDate ?? '',
    officialDate: m?.officialDate ?? '',
    joinedOn: todayInVietnam(),
    organization: organization ?? null,
    csdlId: m?.csdlId ?? '',
    sotayId: m?.sotayId ?? '',
  };
}

/** Record a new member in a cell (the cell comes from the page that opened the form, if any). */
export function CreateMemberForm({ organization }: { organization: PickedOrganization | null }) {
  const draftKey = `member.new.${organization?.id ?? 'any'}`;
  return <MemberForm mode="create" draftKey={draftKey} initial={valuesOf(undefined, organization)} />;
}

/** Edit personal data and admission dates (PATCH with the version the edit is based on). */
export function EditMemberForm({ member, onReload }: { member: Member; onReload: () => void }) {
  return (
    <MemberForm
      mode="edit"
      draftKey={`member.edit.${member.id}`}
      initial={valuesOf(member)}
      member={member}
      onReload={onReload}
    />
  );
}

function MemberForm({
  mode,
  draftKey,
  initial,
  member,
  onReload,
}: {
  mode: 'create' | 'edit';
  draftKey: string;
  initial: Values;
  member?: Member;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useDraft<Draft>(draftKey, () => ({ values: initial, baseVersion: member?.version }));
  const values = draft.value.values;
  const baseVersion = draft.value.baseVersion ?? member?.version ?? 0;
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const create = useCreateMember();
  const update = useUpdateMember(member?.id ?? '');
  const mutation = mode === 'create' ? create : update;
  const errors: Record<string, string> = { ...serverFieldErrors(mutation.error), ...clientErrors };
  // BR-D5: a caller who may not read the identifiers does not see (or overwrite) them.
  const hidePersonal = member?.personalDataHidden === true;

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    draft.update((d) => ({ ...d, values: { ...d.values, [key]: value } }));
    if (clientErrors[key === 'organization' ? 'organizationId' : key]) {
      setClientErrors(({ [key === 'organization' ? 'organizationId' : key]: _, ...rest }) => rest);
    }
  };

  const validate = (): Record<string, string> => {
    const e: Record<string, string> = {};
    if (!values.fullName.trim()) e.fullName = t('validation.fullNameRequired');
    if (!values.gender) e.gender = t('validation.required');
    if (!values.admissionDate) e.admissionDate = t('validation.required');
    if (mode === 'create' && !values.organization) e.organizationId = t('validation.chooseCell');
    return e;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validate();
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    const onError = () => focusFirstInvalid(formRef.current);
    const onSuccess = (saved: Member) => {
      draft.clear();
      navigate(paths.member.build(saved.id));
    };
    if (mode === 'create') {
      void submitMutation(
        create.mutateAsync,
        {
          fullName: values.fullName.trim(),
          birthYear: optionalInt(values.birthYear),
          gender: values.gender as Gender,
          cardNumber: optionalText(values.cardNumber),
          admissionDate: values.admissionDate,
          officialDate: values.officialDate || null,
          organizationId: values.organization!.id,
          joinedOn: values.joinedOn || null,
          csdlId: optionalText(values.csdlId),
          sotayId: optionalText(values.sotayId),
        },
        onSuccess,
        onError,
      );
    } else {
      const patch: MemberPatch = { version: baseVersion };
      const birthYear = optionalInt(values.birthYear);
      if (values.fullName.trim() !== initial.fullName) patch.fullName = values.fullName.trim();
      if (values.birthYear.trim() !== initial.birthYear) patch.birthYear = birthYear;
      if (values.gender !== initial.gender) patch.gender = values.gender as Gender;
      if (values.cardNumber.trim() !== initial.cardNumber) patch.cardNumber = optionalText(values.cardNumber);
      if (values.admissionDate !== initial.admissionDate) patch.admissionDate = values.admissionDate;
      if (values.officialDate !== initial.officialDate) patch.officialDate = values.officialDate || null;
      // An identifier cleared is sent as an empty string: the server removes it.
      if (!hidePersonal && values.csdlId.trim() !== initial.csdlId) patch.csdlId = values.csdlId.trim();
      if (!hidePersonal && values.sotayId.trim() !== initial.sotayId) patch.sotayId = values.sotayId.trim();
      void submitMutation(update.mutateAsync, patch, onSuccess, onError);
    }
  };

  const discard = () => {
    draft.clear({ values: initial, baseVersion: member?.version });
    setClientErrors({});
    mutation.reset();
  };

  const reload = () => {
    // Keep what was typed, but base it on the version the server has now.
    draft.update((d) => ({ ...d, baseVersion: undefined }));
    mutation.reset();
    onReload?.();
  };

  return (
    <form
      ref={formRef}
      className="form card"
      onSubmit={submit}
      noValidate
      aria-label={t(mode === 'create' ? 'member.form.createTitle' : 'member.form.editTitle')}
    >
      {draft.restored && (
        <div className="alert alert-info" role="status">
          <p>{t('draft.restored')}</p>
          <button type="button" className="btn btn-link" onClick={discard}>
            {t('draft.discard')}
          </button>
        </div>
      )}
      <ErrorMessage
        error={mutation.error}
        hideFields={FIELDS}
        onRetry={isVersionConflict(mutation.error) ? reload : undefined}
      />
      <Field name="fullName" label={t('member.field.fullName')} error={errors.fullName} required>
        {(p) => (
          <input
            {...p}
            type="text"
            value={values.fullName}
            onChange={(e) => set('fullName', e.target.value)}
            maxLength={200}
            autoComplete="off"
            autoCapitalize="words"
          />
        )}
      </Field>
      <div className="form-grid">
        <Field name="birthYear" label={t('member.field.birthYear')} error={errors.birthYear}>
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              value={values.birthYear}
              onChange={(e) => set('birthYear', e.target.value)}
            />
          )}
        </Field>
        <Field name="gender" label={t('member.field.gender')} error={errors.gender} required>
          {(p) => (
            <select {...p} value={values.gender} onChange={(e) => set('gender', e.target.value as Gender | '')}>
              <option value="">{t('common.choose')}</option>
              {GENDERS.map((g) => (
                <option key={g} value={g}>
                  {t(`gender.${g}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="cardNumber" label={t('member.field.cardNumber')} error={errors.cardNumber}>
          {(p) => (
            <input
              {...p}
              type="text"
              value={values.cardNumber}
              onChange={(e) => set('cardNumber', e.target.value)}
              maxLength={20}
              autoComplete="off"
            />
          )}
        </Field>
        <Field name="admissionDate" label={t('member.field.admissionDate')} error={errors.admissionDate} required>
          {(p) => (
            <input
              {...p}
              type="date"
              value={values.admissionDate}
              onChange={(e) => set('admissionDate', e.target.value)}
            />
          )}
        </Field>
        <Field
          name="officialDate"
          label={t('member.field.officialDate')}
          hint={t('member.field.officialDateHint')}
          error={errors.officialDate}
        >
          {(p) => (
            <input
              {...p}
              type="date"
              value={values.officialDate}
              onChange={(e) => set('officialDate', e.target.value)}
            />
          )}
        </Field>
        {!hidePersonal && (
          <ExternalIdFields
            values={values}
            errors={errors}
            labels={{
              csdlId: t('member.field.csdlId'),
              sotayId: t('member.field.sotayId'),
              hint: t('member.field.externalIdHint'),
            }}
            onChange={set}
          />
        )}
        {mode === 'create' && (
          <Field name="joinedOn" label={t('member.field.joinedOn')} error={errors.joinedOn}>
            {(p) => (
              <input {...p} type="date" value={values.joinedOn} onChange={(e) => set('joinedOn', e.target.value)} />
            )}
          </Field>
        )}
      </div>
      {mode === 'create' && (
        <OrganizationPicker
          name="organizationId"
          label={t('member.field.cell')}
          value={values.organization}
          onChange={(o) => set('organization', o)}
          holdsMeetings
          error={errors.organizationId}
          required
        />
      )}
      <FormButtons pending={mutation.isPending} submitLabel={t('common.save')} />
    </form>
  );
}
