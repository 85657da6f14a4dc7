import { useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { PageHeader } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { formatNumber, todayInVietnam } from '@/lib/format';
import { focusFirstInvalid, isVersionConflict, serverFieldErrors, submitMutation } from '@/lib/form';
import { useI18n } from '@/lib/i18n/i18n';
import { useCloseOrganization } from '../api/close-organization';
import { useOrganization } from '../api/get-organization';
import type { Organization } from '../api/types';
import { organizationCrumbs } from './organization-detail';
import { FormButtons } from '@/components/form-buttons';

export function CloseOrganizationForm({ id }: { id: string }) {
  const org = useOrganization(id);
  if (org.isPending) return <Spinner />;
  if (org.isError) return <ErrorMessage error={org.error} onRetry={() => void org.refetch()} />;
  return <CloseForm key={org.data.version} org={org.data} onReload={() => void org.refetch()} />;
}

function CloseForm({ org, onReload }: { org: Organization; onReload: () => void }) {
  const { t, locale } = useI18n();
  const [, navigate] = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const [closedOn, setClosedOn] = useState(todayInVietnam());
  const [decisionRef, setDecisionRef] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const close = useCloseOrganization(org.id);
  const errors = { ...serverFieldErrors(close.error), ...clientErrors };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!closedOn) {
      setClientErrors({ closedOn: t('validation.required') });
      focusFirstInvalid(formRef.current);
      return;
    }
    setClientErrors({});
    void submitMutation(
      close.mutateAsync,
      { version: org.version, closedOn, decisionRef: decisionRef.trim() || undefined },
      () => navigate(paths.organization.build(org.id)),
      () => focusFirstInvalid(formRef.current),
    );
  };

  return (
    <section>
      <PageHeader
        title={t('org.close.title', { name: org.name })}
        crumbs={organizationCrumbs(org, t('nav.organizations'), true)}
        breadcrumbLabel={t('common.breadcrumb')}
      />
      <p className="alert alert-warning">
        {t('org.close.warning', {
          members: formatNumber(org.activeMemberCount, locale),
          children: formatNumber(org.childCount, locale),
        })}
      </p>
      <form ref={formRef} className="form card" onSubmit={submit} noValidate>
        <ErrorMessage
          error={close.error}
          hideFields={['closedOn', 'decisionRef']}
          onRetry={isVersionConflict(close.error) ? onReload : undefined}
        />
        <div className="form-grid">
          <Field name="closedOn" label={t('org.close.closedOn')} error={errors.closedOn} required>
            {(p) => <input {...p} type="date" value={closedOn} onChange={(e) => setClosedOn(e.target.value)} />}
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
        <FormButtons pending={close.isPending} submitLabel={t('org.close.submit')} danger />
      </form>
    </section>
  );
}
