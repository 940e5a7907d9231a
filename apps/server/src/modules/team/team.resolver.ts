import { Arg, Authorized, Ctx as C, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx, StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import { LoginPayload } from '../auth/auth.inputs.js';
import { Invitation } from './invitation.entity.js';
import {
  AcceptInvitationInput,
  ChangeMemberRoleInput,
  InvitationPreview,
  InviteMemberInput,
  InvitePayload,
  RemoveMemberInput,
  RevokeInvitationInput,
  TeamMember,
} from './team.inputs.js';
import { TeamService } from './team.service.js';

@Resolver()
export class TeamResolver {
  private readonly team = new TeamService();

  @Authorized(Permission.TEAM_READ)
  @Query(() => [TeamMember], { description: 'The people who work in the store, with their roles. Needs TEAM_READ.' })
  teamMembers(@C() ctx: StoreCtx): Promise<TeamMember[]> {
    return this.team.members(ctx);
  }

  @Authorized(Permission.TEAM_READ)
  @Query(() => [Invitation], { description: 'Invitations not yet accepted, revoked or expired' })
  pendingInvitations(@C() ctx: StoreCtx): Promise<Invitation[]> {
    return this.team.pendingInvitations(ctx);
  }

  @Authorized(Permission.TEAM_MANAGE)
  @Mutation(() => InvitePayload, {
    description:
      'Invites a person by e-mail with a role; the answer holds the one-time link (also e-mailed). Needs TEAM_MANAGE.',
  })
  inviteMember(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The e-mail and the role.' }) input: InviteMemberInput,
  ): Promise<InvitePayload> {
    return this.team.invite(ctx, input);
  }

  @Authorized(Permission.TEAM_MANAGE)
  @Mutation(() => Invitation, {
    description: 'Withdraws a pending invitation: its link stops working. Needs TEAM_MANAGE.',
  })
  revokeInvitation(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The invitation to withdraw.' }) input: RevokeInvitationInput,
  ): Promise<Invitation> {
    return this.team.revokeInvitation(ctx, input.id);
  }

  @Authorized(Permission.TEAM_MANAGE)
  @Mutation(() => TeamMember, {
    description: 'Gives a member another role in the store (the last owner can never be demoted). Needs TEAM_MANAGE.',
  })
  changeMemberRole(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The member and the new role.' }) input: ChangeMemberRoleInput,
  ): Promise<TeamMember> {
    return this.team.changeRole(ctx, input);
  }

  @Authorized(Permission.TEAM_MANAGE)
  @Mutation(() => Boolean, {
    description:
      'Removes a person from the store (the last owner can never be removed); true when done. Needs TEAM_MANAGE.',
  })
  removeMember(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The member to remove.' }) input: RemoveMemberInput,
  ): Promise<boolean> {
    return this.team.remove(ctx, input.userId);
  }

  @Query(() => InvitationPreview, { description: 'What an invitation link offers (no sign-in needed).' })
  invitation(
    @C() ctx: Ctx,
    @Arg('token', { description: 'The token from the invitation link.' }) token: string,
  ): Promise<InvitationPreview> {
    return this.team.preview(ctx, token);
  }

  @Mutation(() => LoginPayload, {
    description:
      'Accepts an invitation: signed in as the invited e-mail, joins the store; not signed in, creates the account (name, password) and signs in. An existing account signs in first.',
  })
  async acceptInvitation(
    @C() ctx: Ctx,
    @Arg('input', { description: 'The token and, for a new account, the name and password.' })
    input: AcceptInvitationInput,
  ): Promise<LoginPayload> {
    return { me: await this.team.accept(ctx, input) };
  }
}
