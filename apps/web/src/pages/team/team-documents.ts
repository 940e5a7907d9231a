import { graphql } from '../../gql';

export const TEAM = graphql(`
  query Team {
    teamMembers { userId name email role merchantOwner since }
    pendingInvitations { id email role expiresAt }
  }
`);

export const CHANGE_ROLE = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) { userId role }
  }
`);

export const REMOVE = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input)
  }
`);

export const REVOKE = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) { id }
  }
`);
