import { defineErrors } from '../../core/error-codes.js';

export const TEAM_ERRORS = defineErrors('team', {
  ALREADY_MEMBER: {
    kind: 'CONFLICT',
    params: ['fields'],
    description: 'The invited e-mail address is already a member of the store.',
  },
  INVITATION_INVALID: {
    kind: 'NOT_FOUND',
    params: [],
    description: 'The invitation token is unknown or the invitation was revoked.',
  },
  INVITATION_USED: { kind: 'CONFLICT', params: [], description: 'The invitation was already accepted.' },
  INVITATION_NEEDS_SIGN_IN: {
    kind: 'UNAUTHENTICATED',
    params: [],
    description:
      'An account already uses the invited e-mail: sign in with it, then accept the invitation from that session.',
  },
  INVITATION_FOR_ANOTHER_ACCOUNT: {
    kind: 'FORBIDDEN',
    params: [],
    description: 'The invitation is for another e-mail address than the signed-in account.',
  },
  INVITATION_EXPIRED: {
    kind: 'BAD_USER_INPUT',
    params: [],
    description: 'The invitation has expired; ask for a new one.',
  },
  MERCHANT_OWNER: {
    kind: 'FORBIDDEN',
    params: [],
    description: 'The member owns the merchant, hence every store of it: the role cannot be changed per store.',
  },
  LAST_OWNER: {
    kind: 'CONFLICT',
    params: [],
    description: "The store's last owner cannot be removed or demoted; make another member owner first.",
  },
});
