import { graphql } from '../../gql';

export const INVITE = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      acceptUrl
      invitation { id email role expiresAt }
    }
  }
`);
