import { Link, useParams } from 'wouter';
import { paths } from '@/config/paths';
import { PageHeader } from '@/components/page-header';
import { useMyVerifications } from '@/features/evaluations/api/list-my-verifications';
import { VerificationQueue } from '@/features/evaluations/components/verification-queue';
import { VerificationScreen } from '@/features/evaluations/components/verification-screen';
import { useI18n } from '@/lib/i18n/i18n';

/** A supervisor's queue: the evaluations of their cells waiting for verification. */
export default function VerificationsRoute() {
  const { t } = useI18n();
  const query = useMyVerifications();
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
      <VerificationQueue query={query} link={paths.verification.build} />
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
