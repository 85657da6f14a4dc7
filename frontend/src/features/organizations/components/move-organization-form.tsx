import { useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { OrganizationPicker, type PickedOrganization } from '@/components/organization-picker';
import { PageHeader } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { todayInVietnam } from '@/lib/format';
import { focusFirstInvalid, isVersionConflict, serverFieldErrors, submitMutation } from '@/lib/form';
import { useI18n } from '@/lib/i18n/i18n';
import { useOrganization } from '../api/get-organization';
import { useMoveOrganization } from '../api/move-organization';
import type { Organization } from '../api/types';
import { organizationCrumbs } from './organization-detail';
import { FormButtons } from '@/components/form-buttons';

export function MoveOrganizationForm({ id }: { id: string }) {
  const org = useOrganization(id);
  if (org.isPending) return <Spinner />;
  if (org.isError) return <ErrorMessage error={org.error} onRetry={() => void org.refetch()} />;
  return <MoveForm key={org.data.version} org={org.data} onReload={() => void org.refetch()} />;
}

function MoveForm({ org, onReload }: { org: Organization; onReload: () => void }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const [parent, setParent] = useState<PickedOrganization | null>(null);
  const [effectiveDate, setEffectiveDate] = useState(todayInVietnam());
  const [decisionRef, setDecisionRef] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const move = useMoveOrganization(org.id);
  const errors = { ...serverFieldErrors(move.error), ...clientErrors };
  const currentParent = org.ancestors[org.ancestors.length - 1];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!parent) {
      setClientErrors({ newParentId: t('validation.chooseOrganization') });
      focusFirstInvalid(formRef.current);
      return;
    }
    setClientErrors({});
    void submitMutation(
      move.mutateAsync,
      {
        version: org.version,
        newParentId: parent.id,
        effectiveDate: effectiveDate || undefined,
        decisionRef: decisionRef.trim() || undefined,
      },
      () => navigate(paths.organization.build(org.id)),
      () => focusFirstInvalid(formRef.current),
    );
  };

  return (
    <section>
      <PageHeader
        title={t('org.move.title', { name: org.name })}
        crumbs={organizationCrumbs(org, t('nav.organizations'), true)}
        breadcrumbLabel={t('common.breadcrumb')}
      />
      {currentParent && <p className="muted">{t('org.move.current', { name: currentParent.name })}</p>}
      <form ref={formRef} className="form card" onSubmit={submit} noValidate>
        <ErrorMessage
          error={move.error}
          hideFields={['newParentId', 'effectiveDate', 'decisionRef']}
          onRetry={isVersionConflict(move.error) ? onReload : undefined}
        />
        <OrganizationPicker
          name="newParentId"
          label={t('org.move.newParent')}
          value={parent}
          onChange={setParent}
          excludeId={org.id}
          error={errors.newParentId}
          required
        />
        <div className="form-grid">
          <Field name="effectiveDate" label={t('common.effectiveDate')} error={errors.effectiveDate}>
            {(p) => (
              <input {...p} type="date" value={effectiveDate} onChange={(e) => setEffectiveDate(e.target.value)} />
            )}
          </Field>
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
        <FormButtons pending={move.isPending} submitLabel={t('org.move.submit')} />
      </form>
    </section>
  );
}
