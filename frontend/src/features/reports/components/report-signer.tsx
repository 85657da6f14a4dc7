import { useI18n } from '@/lib/i18n/i18n';
import type { ReportSignature } from '../api/types';

/**
 * Who signed a sent report, as on its PDF's signature block ("Người ký: Bí thư Nguyễn Văn A"); the post is left out
 * when the block carries the body's line alone. Nothing for a draft, which is not signed yet.
 */
export function ReportSigner({ signature }: { signature: ReportSignature }) {
  const { t } = useI18n();
  if (!signature) return null;
  const text = signature.role
    ? t('periodic.signerWithRole', { role: t(`position.${signature.role}`), name: signature.name })
    : t('periodic.signer', { name: signature.name });
  return <span className="report-signer">{text}</span>;
}
