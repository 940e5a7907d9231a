import { graphql } from '../../gql';

export const MY_SESSIONS = graphql(`
  query MySessions {
    mySessions(first: 50) { id createdAt lastSeenAt expiresAt userAgent ipAddress current }
  }
`);

export const REVOKE_SESSION = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input)
  }
`);

export const SIGN_OUT_EVERYWHERE = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { otherSessionsSignedOut }
  }
`);
