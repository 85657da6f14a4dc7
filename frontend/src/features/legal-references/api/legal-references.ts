import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/lib/api/schema';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

type S = components['schemas'];
export type LegalReference = S['LegalReference'];
export type LegalReferenceCreate = S['LegalReferenceCreate'];
export type LegalDocType = LegalReference['type'];

/** The document types in the order the form offers them (DOMAIN.md 18.1). */
export const DOC_TYPES: LegalDocType[] = [
  'HUONG_DAN',
  'QUY_DINH',
  'QUYET_DINH',
  'CHI_THI',
  'NGHI_QUYET',
  'KET_LUAN',
  'KE_HOACH',
  'CONG_VAN',
  'KHAC',
];

export const legalReferenceKeys = {
  all: ['legal-references'] as const,
  list: (q: string, page: number) => ['legal-references', 'list', q, page] as const,
};

/** BR-D6: the catalogue of legal references, searched by number or citation. */
export function useLegalReferences(q: string, page: number) {
  return useQuery({
    queryKey: legalReferenceKeys.list(q, page),
    queryFn: async () =>
      unwrap(
        await api().GET('/api/v1/legal-references', {
          params: { query: { q: q.trim() || undefined, page, size: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCreateLegalReference() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: LegalReferenceCreate) => unwrap(await api().POST('/api/v1/legal-references', { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: legalReferenceKeys.all }),
  });
}
