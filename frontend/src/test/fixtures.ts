import type { components } from '@/lib/api/schema';

type S = components['schemas'];

export const ids = {
  commune: '11111111-1111-4111-8111-111111111111',
  cellNaKhoang: '22222222-2222-4222-8222-222222222222',
  cellBan2: '33333333-3333-4333-8333-333333333333',
  province: '00000000-0000-4000-8000-000000000000',
  member1: '44444444-4444-4444-8444-444444444444',
};

export const organizationTypes: S['OrganizationType'][] = [
  {
    code: 'DANG_BO_CO_SO',
    labelVi: 'Đảng bộ cơ sở',
    labelEn: 'Grassroots party committee',
    holdsMeetingsByDefault: false,
  },
  {
    code: 'CHI_BO_TRUC_THUOC',
    labelVi: 'Chi bộ trực thuộc',
    labelEn: 'Subordinate cell',
    holdsMeetingsByDefault: true,
  },
];

export const organizationCategories: S['OrganizationCategory'][] = [
  { code: 'XA_PHUONG', labelVi: 'Xã, phường, thị trấn', labelEn: 'Commune / ward' },
  { code: 'THON_BAN_TDP', labelVi: 'Thôn, bản, tổ dân phố', labelEn: 'Village / hamlet' },
];

export function summary(
  partial: Partial<S['OrganizationSummary']> & Pick<S['OrganizationSummary'], 'id' | 'name'>,
): S['OrganizationSummary'] {
  return {
    typeCode: 'CHI_BO_TRUC_THUOC',
    categoryCode: 'THON_BAN_TDP',
    holdsMeetings: true,
    hasCommittee: false,
    depth: 2,
    childCount: 0,
    validFrom: '2020-01-01',
    version: 1,
    parentId: ids.commune,
    ...partial,
  };
}

export const commune = summary({
  id: ids.commune,
  name: 'Đảng bộ xã Bình Lư',
  typeCode: 'DANG_BO_CO_SO',
  categoryCode: 'XA_PHUONG',
  holdsMeetings: false,
  hasCommittee: true,
  depth: 1,
  childCount: 2,
  parentId: ids.province,
});

export const cellNaKhoang = summary({ id: ids.cellNaKhoang, name: 'Chi bộ bản Nà Khoang' });
export const cellBan2 = summary({ id: ids.cellBan2, name: 'Chi bộ bản Chu Va', validTo: '2024-12-31' });

export function organization(s: S['OrganizationSummary'], extra: Partial<S['Organization']> = {}): S['Organization'] {
  return {
    ...s,
    ancestors:
      s.id === ids.commune
        ? [{ id: ids.province, name: 'Đảng bộ tỉnh Lai Châu' }]
        : [
            { id: ids.province, name: 'Đảng bộ tỉnh Lai Châu' },
            { id: ids.commune, name: 'Đảng bộ xã Bình Lư' },
          ],
    lineage: [],
    activeMemberCount: 12,
    ...extra,
  };
}

export function page<T>(items: T[], total = items.length, pageNo = 0, size = 50) {
  return { items, total, page: pageNo, size };
}

export const meStaff: S['Me'] = {
  username: 'canbo.xa',
  displayName: 'Phạm Văn Đức',
  roles: ['STAFF'],
  memberId: null,
  appointments: [
    {
      id: '55555555-5555-4555-8555-555555555555',
      username: 'canbo.xa',
      organizationId: ids.commune,
      organizationName: 'Đảng bộ xã Bình Lư',
      role: 'STAFF',
      validFrom: '2025-01-15',
      validTo: null,
    },
  ],
};

export const memberSummary = (partial: Partial<S['MemberSummary']> = {}): S['MemberSummary'] => ({
  id: ids.member1,
  fullName: 'Lò Văn Pản',
  birthYear: 1978,
  gender: 'MALE',
  cardNumber: '52000001',
  admissionDate: '2005-03-26',
  status: 'OFFICIAL',
  attachment: 'PRIMARY',
  organizationId: ids.cellNaKhoang,
  organizationName: 'Chi bộ bản Nà Khoang',
  positions: [],
  version: 3,
  ...partial,
});

export const member = (partial: Partial<S['Member']> = {}): S['Member'] => ({
  id: ids.member1,
  fullName: 'Lò Văn Pản',
  birthYear: 1978,
  gender: 'MALE',
  cardNumber: '52000001',
  admissionDate: '2005-03-26',
  probationEnd: '2006-03-26',
  officialDate: '2006-03-26',
  status: 'OFFICIAL',
  currentOrganization: { id: ids.cellNaKhoang, name: 'Chi bộ bản Nà Khoang' },
  version: 3,
  memberships: [
    {
      id: '66666666-6666-4666-8666-666666666666',
      organization: { id: ids.cellNaKhoang, name: 'Chi bộ bản Nà Khoang' },
      kind: 'PRIMARY',
      validFrom: '2005-03-26',
      validTo: null,
    },
  ],
  exemptions: [],
  positions: [],
  ...partial,
});

/** The server's refusal of a read outside the caller's appointments (403 `out-of-scope`), as a mock reply. */
export const outOfScope = {
  status: 403 as const,
  body: {
    type: 'https://chibo.localhost/problems/out-of-scope',
    title: 'Ngoài phạm vi được giao',
    status: 403,
    code: 'out-of-scope',
    detail: 'Bạn không được giao quyền với tổ chức này.',
  },
};
