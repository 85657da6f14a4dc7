import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { paths } from '@/config/paths';
import { PageHeader } from '@/components/page-header';
import { useMyVerifications } from '@/features/evaluations/api/list-my-verifications';
import { PAGE_SIZE } from '@/features/evaluations/api/types';
import { VerificationQueue } from '@/features/evaluations/components/verification-queue';
import { VerificationScreen } from '@/features/evaluations/components/verification-screen';
import { useI18n } from '@/lib/i18n/i18n';

/** A supervisor's queue: the evaluations of their cells waiting for verification. */
export default function VerificationsRoute() {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const query = useMyVerifications({ page, size: PAGE_SIZE });
  return (
    <>
      <PageHeader
        title={t('verify.title')}
        subtitle={<p className="muted">{t('verify.queue')}</p>}
        actions={
          <Link href={paths.supervisionReports.build()} className="btn btn-secondary">
            {t('reports.mine')}
          </Link>
        }
      />
      <VerificationQueue
        query={query}
        link={paths.verification.build}
        onPage={setPage}
        label={`${t('pager.label')}: ${t('verify.queue')}`}
      />
    </>
  );
}

export function VerificationRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  return (
    <>
      <PageHeader
        title={t('verify.title')}
        crumbs={[{ label: t('nav.verifications'), href: paths.verifications.build() }]}
        breadcrumbLabel={t('common.breadcrumb')}
        actions={
          <Link href={paths.meeting.build(id, 'evaluation')} className="btn btn-secondary">
            {t('verify.openMeeting')}
          </Link>
        }
      />
      <VerificationScreen key={id} meetingId={id} />
    </>
  );
}
