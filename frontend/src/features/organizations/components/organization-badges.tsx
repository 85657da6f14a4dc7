import { useI18n } from '@/lib/i18n/i18n';
import type { OrganizationSummary } from '../api/types';

export function OrganizationBadges({
  org,
  typeLabel,
  categoryLabel,
}: {
  org: Pick<OrganizationSummary, 'typeCode' | 'categoryCode' | 'holdsMeetings' | 'validTo'>;
  typeLabel: (code: string) => string;
  categoryLabel: (code: string) => string;
}) {
  const { t } = useI18n();
  return (
    <span className="badges">
      <span className="badge badge-type">{typeLabel(org.typeCode)}</span>
      <span className="badge badge-category">{categoryLabel(org.categoryCode)}</span>
      {org.holdsMeetings && <span className="badge badge-cell">{t('org.badge.cell')}</span>}
      {org.validTo && <span className="badge badge-closed">{t('org.badge.closed')}</span>}
    </span>
  );
}
