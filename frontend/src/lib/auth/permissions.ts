import type { Me, Role } from './get-me';

/**
 * What to offer in the UI. The server decides for real (scope and role, per organisation); these
 * only hide actions a caller can never perform.
 */
const ORGANIZATION_WRITERS: Role[] = ['ADMIN', 'STAFF'];
const MEMBER_WRITERS: Role[] = ['ADMIN', 'STAFF', 'SECRETARY'];
const IMPORTERS: Role[] = ['ADMIN', 'STAFF'];

const has = (me: Me | undefined, roles: Role[]) => !!me && me.roles.some((r) => roles.includes(r));

export const canWriteOrganizations = (me?: Me) => has(me, ORGANIZATION_WRITERS);
export const canWriteMembers = (me?: Me) => has(me, MEMBER_WRITERS);
export const canImport = (me?: Me) => has(me, IMPORTERS);

/** Schedule and run meetings (the secretary of the cell, committee staff above it). */
const MEETING_RUNNERS: Role[] = ['ADMIN', 'STAFF', 'SECRETARY'];
export const canRunMeetings = (me?: Me) => has(me, MEETING_RUNNERS);

/** Verify meeting evaluations (an assigned supervisor; the server checks the assignment). */
export const canVerify = (me?: Me) => has(me, ['SUPERVISOR', 'ADMIN']);
/** See meeting quality of a subtree: pending verifications, reports, assignments. */
export const canSeeQuality = (me?: Me) => has(me, ['ADMIN', 'STAFF', 'SUPERVISOR']);

/**
 * The organisation whose dashboard is the caller's home: the first one they are committee staff of.
 * Staff appointments are made at committees; cell secretaries and members get none.
 */
export const committeeOf = (me?: Me): string | undefined =>
  me?.appointments.find((a) => a.role === 'STAFF')?.organizationId;
