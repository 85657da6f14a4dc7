import { useCallback } from 'react';
import { useI18n } from '@/lib/i18n/i18n';
import { useOrganizationCategories } from '../api/list-organization-categories';
import { useOrganizationTypes } from '../api/list-organization-types';

/** Labels for organisation type and category codes in the UI language (reference data, not code). */
export function useOrganizationLabels() {
  const { lang } = useI18n();
  const types = useOrganizationTypes();
  const categories = useOrganizationCategories();
  const typeLabel = useCallback(
    (code: string) => {
      const found = types.data?.find((x) => x.code === code);
      return found ? (lang === 'vi' ? found.labelVi : found.labelEn) : code;
    },
    [types.data, lang],
  );
  const categoryLabel = useCallback(
    (code: string) => {
      const found = categories.data?.find((x) => x.code === code);
      return found ? (lang === 'vi' ? found.labelVi : found.labelEn) : code;
    },
    [categories.data, lang],
  );
  return { typeLabel, categoryLabel, types, categories };
}
