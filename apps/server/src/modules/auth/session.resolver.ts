import { Arg, Authorized, Ctx as C, Extensions, Int, Mutation, Query, Resolver } from 'type-graphql';
import { PAGE_CAP } from '../../core/connection.js';
import type { Ctx } from '../../core/context.js';
import { ValidationError } from '../../core/errors.js';
import { ChangePasswordInput, ChangePasswordPayload, RevokeSessionInput, SessionInfo } from './session.inputs.js';
import { changePassword, listSessions, revokeSession, signOutEverywhere } from './sessions.js';

const MAX_SESSIONS = 50;

/** The signed-in user's own sessions and password. */
@Resolver()
export class SessionResolver {
  @Authorized()
  @Query(() => [SessionInfo], { description: 'Your sessions that are still valid, most recently used first' })
  @Extensions({ [PAGE_CAP]: MAX_SESSIONS })
  mySessions(
    @C() ctx: Ctx,
    @Arg('first', () => Int, { defaultValue: 20, description: `1–${MAX_SESSIONS}` }) first: number,
  ): Promise<SessionInfo[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_SESSIONS) {
      throw new ValidationError({ first: `must be between 1 and ${MAX_SESSIONS}` });
    }
    return listSessions(ctx, first);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Signs out one of your sessions (this one included, if named)' })
  revokeSession(
    @C() ctx: Ctx,
    @Arg('input', { description: 'The session to sign out.' }) input: RevokeSessionInput,
  ): Promise<boolean> {
    return revokeSession(ctx, input.id);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Signs out all your sessions, this one included; how many were ended' })
  signOutEverywhere(@C() ctx: Ctx): Promise<number> {
    return signOutEverywhere(ctx);
  }

  @Authorized()
  @Mutation(() => ChangePasswordPayload, {
    description: 'Changes your password after checking the current one; signs out your other sessions',
  })
  async changePassword(
    @C() ctx: Ctx,
    @Arg('input', { description: 'The current and the new password.' }) input: ChangePasswordInput,
  ): Promise<ChangePasswordPayload> {
    return { otherSessionsSignedOut: await changePassword(ctx, input) };
  }
}
