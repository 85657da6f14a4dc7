/** The typed route table: every link in the app is built here. */
const enc = encodeURIComponent;

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, v);
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

export const paths = {
  home: { pattern: '/', build: () => '/' },
  organizations: { pattern: '/organizations', build: () => '/organizations' },
  organization: { pattern: '/organizations/:id', build: (id: string) => `/organizations/${enc(id)}` },
  organizationNew: {
    pattern: '/organizations/:id/new',
    build: (parentId: string) => `/organizations/${enc(parentId)}/new`,
  },
  organizationEdit: { pattern: '/organizations/:id/edit', build: (id: string) => `/organizations/${enc(id)}/edit` },
  organizationMove: { pattern: '/organizations/:id/move', build: (id: string) => `/organizations/${enc(id)}/move` },
  organizationClose: {
    pattern: '/organizations/:id/close',
    build: (id: string) => `/organizations/${enc(id)}/close`,
  },
  organizationMembers: {
    pattern: '/organizations/:id/members',
    build: (id: string) => `/organizations/${enc(id)}/members`,
  },
  organizationDues: { pattern: '/organizations/:id/dues', build: (id: string) => `/organizations/${enc(id)}/dues` },
  members: { pattern: '/members', build: () => '/members' },
  memberNew: {
    pattern: '/members/new',
    build: (organizationId?: string) => withQuery('/members/new', { organizationId }),
  },
  member: { pattern: '/members/:id', build: (id: string) => `/members/${enc(id)}` },
  memberEdit: { pattern: '/members/:id/edit', build: (id: string) => `/members/${enc(id)}/edit` },
  memberTransfer: { pattern: '/members/:id/transfer', build: (id: string) => `/members/${enc(id)}/transfer` },
  memberExemption: {
    pattern: '/members/:id/exemptions/new',
    build: (id: string) => `/members/${enc(id)}/exemptions/new`,
  },
  memberPosition: {
    pattern: '/members/:id/positions/new',
    build: (id: string) => `/members/${enc(id)}/positions/new`,
  },
  imports: {
    pattern: '/imports',
    build: (organizationId?: string) => withQuery('/imports', { organizationId }),
  },
  legalReferences: { pattern: '/legal-references', build: () => '/legal-references' },
  me: { pattern: '/me', build: () => '/me' },
  notices: { pattern: '/notices', build: () => '/notices' },
  meetingsHome: { pattern: '/meetings', build: () => '/meetings' },
  meeting: {
    pattern: '/meetings/:id/:tab?',
    build: (id: string, tab?: string) => (tab ? `/meetings/${enc(id)}/${enc(tab)}` : `/meetings/${enc(id)}`),
  },
  organizationQuality: {
    pattern: '/organizations/:id/quality',
    build: (id: string, query: { overdue?: 'true' } = {}) => withQuery(`/organizations/${enc(id)}/quality`, query),
  },
  verifications: { pattern: '/verifications', build: () => '/verifications' },
  verification: { pattern: '/verifications/:id', build: (meetingId: string) => `/verifications/${enc(meetingId)}` },
  organizationMeetings: {
    pattern: '/organizations/:id/meetings',
    build: (id: string) => `/organizations/${enc(id)}/meetings`,
  },
  planning: { pattern: '/planning', build: () => '/planning' },
  planInbox: {
    pattern: '/organizations/:id/topical-plans',
    build: (id: string, query: { year?: string; filter?: string } = {}) =>
      withQuery(`/organizations/${enc(id)}/topical-plans`, query),
  },
  topicalPlan: {
    pattern: '/organizations/:id/topical-plans/:year',
    build: (id: string, year: number) => `/organizations/${enc(id)}/topical-plans/${year}`,
  },
  artefactChecklist: {
    pattern: '/organizations/:id/artefacts',
    build: (id: string, year?: number) =>
      withQuery(`/organizations/${enc(id)}/artefacts`, { year: year === undefined ? undefined : String(year) }),
  },
  monthlySchedule: {
    pattern: '/organizations/:id/monthly-schedule',
    build: (id: string, month?: string) => withQuery(`/organizations/${enc(id)}/monthly-schedule`, { month }),
  },
  dashboard: {
    pattern: '/organizations/:id/dashboard',
    build: (id: string, query: { period?: string; regime?: string } = {}) =>
      withQuery(`/organizations/${enc(id)}/dashboard`, query),
  },
  annualRatings: {
    pattern: '/organizations/:id/annual-ratings',
    build: (id: string, year?: number) =>
      withQuery(`/organizations/${enc(id)}/annual-ratings`, { year: year === undefined ? undefined : String(year) }),
  },
  organizationAdministration: {
    pattern: '/organizations/:id/administration',
    build: (id: string) => `/organizations/${enc(id)}/administration`,
  },
  organizationPolicies: {
    pattern: '/organizations/:id/policies',
    build: (id: string) => `/organizations/${enc(id)}/policies`,
  },
  organizationWebhooks: {
    pattern: '/organizations/:id/webhooks',
    build: (id: string) => `/organizations/${enc(id)}/webhooks`,
  },
  organizationAlerts: {
    pattern: '/organizations/:id/alerts',
    build: (id: string) => `/organizations/${enc(id)}/alerts`,
  },
  modelMeetings: {
    pattern: '/organizations/:id/model-meetings',
    build: (id: string) => `/organizations/${enc(id)}/model-meetings`,
  },
  periodicReports: {
    pattern: '/organizations/:id/periodic-reports',
    build: (id: string) => `/organizations/${enc(id)}/periodic-reports`,
  },
  periodicReport: { pattern: '/periodic-reports/:id', build: (id: string) => `/periodic-reports/${enc(id)}` },
  supervisionReports: { pattern: '/supervision-reports', build: () => '/supervision-reports' },
  supervision: {
    pattern: '/organizations/:id/supervision',
    build: (id: string, query: { covered?: 'true' | 'false' } = {}) =>
      withQuery(`/organizations/${enc(id)}/supervision`, query),
  },
} as const;
