import { graphql } from '../../gql';

export const PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) { storeName email role expiresAt }
  }
`);

export const ACCEPT = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      me { user { id locale } stores { store { id name } } }
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOutToAcceptInvitation {
    logout
  }
`);
