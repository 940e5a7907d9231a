import { type MatrixRow, NO_ID } from './types.js';

export const teamRows: MatrixRow[] = [
  { op: 'teamMembers', query: '{ teamMembers { userId } }', allowed: ['owner', 'manager'] },
  { op: 'pendingInvitations', query: '{ pendingInvitations { id } }', allowed: ['owner', 'manager'] },
  {
    op: 'inviteMember',
    query: 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { acceptUrl } }',
    vars: { i: { email: 'owner@matrix.test', role: 'STAFF' } }, // already a member → refused after the check
    allowed: ['owner'],
  },
  {
    op: 'revokeInvitation',
    query: 'mutation($i: RevokeInvitationInput!) { revokeInvitation(input: $i) { id } }',
    vars: { i: { id: NO_ID } },
    allowed: ['owner'],
  },
  {
    op: 'changeMemberRole',
    query: 'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { role } }',
    vars: { i: { userId: NO_ID, role: 'STAFF' } },
    allowed: ['owner'],
  },
  {
    op: 'removeMember',
    query: 'mutation($i: RemoveMemberInput!) { removeMember(input: $i) }',
    vars: { i: { userId: NO_ID } },
    allowed: ['owner'],
  },
];
