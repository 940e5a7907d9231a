import { Arg, Authorized, Ctx as C, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context.js';
import { LoginInput, LoginPayload, Me, UpdateProfileInput } from './auth.inputs.js';
import { AuthService } from './auth.service.js';
import { User } from './user.entity.js';

@Resolver()
export class AuthResolver {
  private readonly auth = new AuthService();

  @Mutation(() => LoginPayload, { description: 'Signs in and sets the session cookie.' })
  async login(
    @C() ctx: Ctx,
    @Arg('input', { description: 'The e-mail and password.' }) input: LoginInput,
  ): Promise<LoginPayload> {
    return { me: await this.auth.login(ctx, input) };
  }

  @Mutation(() => Boolean, { description: 'Ends this session everywhere it is used.' })
  async logout(@C() ctx: Ctx): Promise<boolean> {
    return this.auth.logout(ctx);
  }

  @Authorized()
  @Query(() => Me, {
    description:
      'The caller: the signed-in user, the stores they work in with their role and permissions, and the store named by x-store-id. Any signed-in caller.',
  })
  async me(@C() ctx: Ctx): Promise<Me> {
    return this.auth.me(ctx);
  }

  @Authorized()
  @Mutation(() => User, { description: "Changes the signed-in user's name or interface language. Any signed-in user." })
  async updateProfile(
    @C() ctx: Ctx,
    @Arg('input', { description: 'The fields to change; omitted ones stay.' }) input: UpdateProfileInput,
  ): Promise<User> {
    return this.auth.updateProfile(ctx, input);
  }
}
