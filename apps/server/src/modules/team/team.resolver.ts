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
  @Query(() => [TeamMember])
  teamMembers(@C() ctx: StoreCtx): Promise<TeamMember[]> {
    return this.team.members(ctx);
  }

  @Authorized(Permission.TEAM_READ)
  @Query(() => [Invitation], { description: 'Invitations not yet accepted, revoked or expired' })
  pendingInvitations(@C() ctx: StoreCtx): Promise<Invitation[]> {
    return this.team.pendingInvitations(ctx);
  }

  @Authorized(Permission.TEAM_MANAGE)
  @Mutation(() => InvitePayload)
  inviteMember(@C() ctx: StoreCtx, @Arg('input') input: InviteMemberInput): Promise<InvitePayload> {
    return this.team.invite(ctx, input);
  }

  @Authorized(Permission.TEAM_MANAGE)
  @Mutation(() => Invitation)
  revokeInvitation(@C() ctx: StoreCtx, @Arg('input') input: RevokeInvitationInput): Promise<Invitation> {
    return this.team.revokeInvitation(ctx, input.id);
  }

  @Authorized(Permission.TEAM_MANAGE)
  @Mutation(() => TeamMember)
  changeMemberRole(@C() ctx: StoreCtx, @Arg('input') input: ChangeMemberRoleInput): Promise<TeamMember> {
    return this.team.changeRole(ctx, input);
  }

  @Authorized(Permission.TEAM_MANAGE)
  @Mutation(() => Boolean)
  removeMember(@C() ctx: StoreCtx, @Arg('input') input: RemoveMemberInput): Promise<boolean> {
    return this.team.remove(ctx, input.userId);
  }

  @Query(() => InvitationPreview, { description: 'What an invitation link offers (no sign-in needed).' })
  invitation(@C() ctx: Ctx, @Arg('token') token: string): Promise<InvitationPreview> {
    return this.team.preview(ctx, token);
  }

  @Mutation(() => LoginPayload, {
    description:
      'Accepts an invitation: signed in as the invited e-mail, joins the store; not signed in, creates the account (name, password) and signs in. An existing account signs in first.',
  })
  async acceptInvitation(@C() ctx: Ctx, @Arg('input') input: AcceptInvitationInput): Promise<LoginPayload> {
    return { me: await this.team.accept(ctx, input) };
  }
}
