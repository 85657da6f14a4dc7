import { useLocation, useParams, useSearchParams } from 'wouter';
import { OrganizationPage } from '@/app/layout/organization-page';
import { paths } from '@/config/paths';
import { AnnualRatingsView } from '@/features/ratings/components/annual-ratings-view';
import { todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

/** Committee staff: the annual quality rating of the subtree; the year lives in the address. */
export default function AnnualRatingsRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 ? asked : Number(todayInVietnam().slice(0, 4));
  return (
    <OrganizationPage id={id} title={t('ratings.title')}>
      <AnnualRatingsView
        key={`${id}|${year}`}
        organizationId={id}
        year={year}
        onYear={(next) => navigate(paths.annualRatings.build(id, next))}
      />
    </OrganizationPage>
  );
}
