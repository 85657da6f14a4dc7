import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { OrganizationPicker, type PickedOrganization } from '@/components/organization-picker';
import { PageHeader } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { todayInVietnam } from '@/lib/format';
import { focusFirstInvalid, isVersionConflict, optionalText, serverFieldErrors, submitMutation } from '@/lib/form';
import { useI18n } from '@/lib/i18n/i18n';
import { useAddExemption } from '../api/add-exemption';
import { useAddPosition } from '../api/add-position';
import { useMember } from '../api/get-member';
import { useTransferMember } from '../api/transfer-member';
import { EXEMPTION_REASONS, POSITIONS, type ExemptionReason, type Member, type Position } from '../api/types';
import { EditMemberForm } from './member-form';
import { FormButtons } from '@/components/form-buttons';

/** Loads the member, then renders a form for it (remounted when the server version changes). */
function WithMember({ id, children }: { id: string; children: (m: Member, reload: () => void) => ReactNode }) {
  const member = useMember(id);
  if (member.isPending) return <Spinner />;
  if (member.isError) return <ErrorMessage error={member.error} onRetry={() => void member.refetch()} />;
  return <>{children(member.data, () => void member.refetch())}</>;
}

function MemberPageHeader({ member, title }: { member: Member; title: string }) {
  const { t } = useI18n();
  return (
    <PageHeader
      title={title}
      crumbs={[
        { label: t('nav.organizations'), href: paths.organizations.build() },
        ...(member.currentOrganization
          ? [
              {
                label: member.currentOrganization.name,
                href: paths.organizationMembers.build(member.currentOrganization.id),
              },
            ]
          : []),
        { label: member.fullName, href: paths.member.build(member.id) },
      ]}
      breadcrumbLabel={t('common.breadcrumb')}
    />
  );
}

export function EditMemberPage({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <WithMember id={id}>
      {(m, reload) => (
        <section>
          <MemberPageHeader member={m} title={t('member.form.editTitle')} />
          <EditMemberForm member={m} onReload={reload} />
        </section>
      )}
    </WithMember>
  );
}

export function TransferMemberPage({ id }: { id: string }) {
  return (
    <WithMember id={id}>{(m, reload) => <TransferForm key={m.version} member={m} onReload={reload} />}</WithMember>
  );
}

function TransferForm({ member, onReload }: { member: Member; onReload: () => void }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<'PRIMARY' | 'TEMPORARY'>('PRIMARY');
  const [target, setTarget] = useState<PickedOrganization | null>(null);
  const [effectiveDate, setEffectiveDate] = useState(todayInVietnam());
  const [until, setUntil] = useState('');
  const [decisionRef, setDecisionRef] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const transfer = useTransferMember(member.id);
  const errors = { ...serverFieldErrors(transfer.error), ...clientErrors };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!target) found.toOrganizationId = t('validation.chooseCell');
    if (!effectiveDate) found.effectiveDate = t('validation.required');
    setClientErrors(found);
    if (Object.keys(found).length > 0 || !target) {
      focusFirstInvalid(formRef.current);
      return;
    }
    void submitMutation(
      transfer.mutateAsync,
      {
        version: member.version,
        kind,
        toOrganizationId: target.id,
        effectiveDate,
        until: kind === 'TEMPORARY' ? until || null : null,
        decisionRef: optionalText(decisionRef),
      },
      () => navigate(paths.member.build(member.id)),
      () => focusFirstInvalid(formRef.current),
    );
  };

  return (
    <section>
      <MemberPageHeader member={member} title={t('member.transfer.title', { name: member.fullName })} />
      <form ref={formRef} className="form card" onSubmit={submit} noValidate>
        <ErrorMessage
          error={transfer.error}
          hideFields={['toOrganizationId', 'effectiveDate', 'until', 'kind', 'decisionRef']}
          onRetry={isVersionConflict(transfer.error) ? onReload : undefined}
        />
        <fieldset className="field radio-group" data-field="kind">
          <legend>{t('member.transfer.kind')}</legend>
          {(['PRIMARY', 'TEMPORARY'] as const).map((k) => (
            <label key={k} className="radio">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>
                {t(`member.transfer.kind.${k}`)}
                <span className="hint">{t(`member.transfer.kindHint.${k}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <OrganizationPicker
          name="toOrganizationId"
          label={t('member.transfer.target')}
          value={target}
          onChange={setTarget}
          holdsMeetings
          excludeId={member.currentOrganization?.id}
          error={errors.toOrganizationId}
          required
        />
        <div className="form-grid">
          <Field name="effectiveDate" label={t('common.effectiveDate')} error={errors.effectiveDate} required>
            {(p) => (
              <input {...p} type="date" value={effectiveDate} onChange={(e) => setEffectiveDate(e.target.value)} />
            )}
          </Field>
          {kind === 'TEMPORARY' && (
            <Field name="until" label={t('member.transfer.until')} error={errors.until}>
              {(p) => <input {...p} type="date" value={until} onChange={(e) => setUntil(e.target.value)} />}
            </Field>
          )}
          <Field name="decisionRef" label={t('common.decisionRef')} error={errors.decisionRef}>
            {(p) => (
              <input
                {...p}
                type="text"
                value={decisionRef}
                onChange={(e) => setDecisionRef(e.target.value)}
                maxLength={200}
              />
            )}
          </Field>
        </div>
        <FormButtons pending={transfer.isPending} submitLabel={t('member.transfer.submit')} />
      </form>
    </section>
  );
}

export function AddExemptionPage({ id }: { id: string }) {
  return (
    <WithMember id={id}>{(m, reload) => <ExemptionForm key={m.version} member={m} onReload={reload} />}</WithMember>
  );
}

function ExemptionForm({ member, onReload }: { member: Member; onReload: () => void }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState<ExemptionReason | ''>('');
  const [validFrom, setValidFrom] = useState(todayInVietnam());
  const [validTo, setValidTo] = useState('');
  const [resolutionRef, setResolutionRef] = useState('');
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const add = useAddExemption(member.id);
  const errors = { ...serverFieldErrors(add.error), ...clientErrors };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!reason) found.reason = t('validation.required');
    if (!validFrom) found.validFrom = t('validation.required');
    setClientErrors(found);
    if (Object.keys(found).length > 0 || !reason) {
      focusFirstInvalid(formRef.current);
      return;
    }
    void submitMutation(
      add.mutateAsync,
      {
        version: member.version,
        reason,
        validFrom,
        validTo: validTo || null,
        resolutionRef: optionalText(resolutionRef),
        note: optionalText(note),
      },
      () => navigate(paths.member.build(member.id)),
      () => focusFirstInvalid(formRef.current),
    );
  };

  return (
    <section>
      <MemberPageHeader member={member} title={t('member.exemption.title', { name: member.fullName })} />
      <form ref={formRef} className="form card" onSubmit={submit} noValidate>
        <ErrorMessage
          error={add.error}
          hideFields={['reason', 'validFrom', 'validTo', 'resolutionRef', 'note']}
          onRetry={isVersionConflict(add.error) ? onReload : undefined}
        />
        <div className="form-grid">
          <Field name="reason" label={t('member.exemption.reason')} error={errors.reason} required>
            {(p) => (
              <select {...p} value={reason} onChange={(e) => setReason(e.target.value as ExemptionReason | '')}>
                <option value="">{t('common.choose')}</option>
                {EXEMPTION_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`exemptionReason.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="validFrom" label={t('common.validFrom')} error={errors.validFrom} required>
            {(p) => <input {...p} type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />}
          </Field>
          <Field name="validTo" label={t('common.validTo')} error={errors.validTo}>
            {(p) => <input {...p} type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />}
          </Field>
          <Field name="resolutionRef" label={t('member.exemption.resolutionRef')} error={errors.resolutionRef}>
            {(p) => (
              <input
                {...p}
                type="text"
                value={resolutionRef}
                onChange={(e) => setResolutionRef(e.target.value)}
                maxLength={200}
              />
            )}
          </Field>
        </div>
        <Field name="note" label={t('common.note')} error={errors.note}>
          {(p) => <textarea {...p} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} rows={3} />}
        </Field>
        <FormButtons pending={add.isPending} submitLabel={t('common.save')} />
      </form>
    </section>
  );
}

export function AddPositionPage({ id }: { id: string }) {
  return (
    <WithMember id={id}>{(m, reload) => <PositionForm key={m.version} member={m} onReload={reload} />}</WithMember>
  );
}

function PositionForm({ member, onReload }: { member: Member; onReload: () => void }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const [position, setPosition] = useState<Position | ''>('');
  const [organization, setOrganization] = useState<PickedOrganization | null>(member.currentOrganization ?? null);
  const [validFrom, setValidFrom] = useState(todayInVietnam());
  const [validTo, setValidTo] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const add = useAddPosition(member.id);
  const errors = { ...serverFieldErrors(add.error), ...clientErrors };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!position) found.position = t('validation.required');
    if (!organization) found.organizationId = t('validation.chooseOrganization');
    if (!validFrom) found.validFrom = t('validation.required');
    setClientErrors(found);
    if (Object.keys(found).length > 0 || !position || !organization) {
      focusFirstInvalid(formRef.current);
      return;
    }
    void submitMutation(
      add.mutateAsync,
      { version: member.version, position, organizationId: organization.id, validFrom, validTo: validTo || null },
      () => navigate(paths.member.build(member.id)),
      () => focusFirstInvalid(formRef.current),
    );
  };

  return (
    <section>
      <MemberPageHeader member={member} title={t('member.position.title', { name: member.fullName })} />
      <form ref={formRef} className="form card" onSubmit={submit} noValidate>
        <ErrorMessage
          error={add.error}
          hideFields={['position', 'organizationId', 'validFrom', 'validTo']}
          onRetry={isVersionConflict(add.error) ? onReload : undefined}
        />
        <Field name="position" label={t('member.position.position')} error={errors.position} required>
          {(p) => (
            <select {...p} value={position} onChange={(e) => setPosition(e.target.value as Position | '')}>
              <option value="">{t('common.choose')}</option>
              {POSITIONS.map((x) => (
                <option key={x} value={x}>
                  {t(`position.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <OrganizationPicker
          name="organizationId"
          label={t('member.position.organization')}
          value={organization}
          onChange={setOrganization}
          error={errors.organizationId}
          required
        />
        <div className="form-grid">
          <Field name="validFrom" label={t('common.validFrom')} error={errors.validFrom} required>
            {(p) => <input {...p} type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />}
          </Field>
          <Field name="validTo" label={t('common.validTo')} error={errors.validTo}>
            {(p) => <input {...p} type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />}
          </Field>
        </div>
        <FormButtons pending={add.isPending} submitLabel={t('common.save')} />
      </form>
    </section>
  );
}
