import { IsEmail, IsNotEmpty, MaxLength, MinLength } from 'class-validator';
import { Arg, Ctx as C, Field, InputType, Mutation, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context.js';
import { LoginPayload } from './auth.inputs.js';
import { PASSWORD_MIN_LENGTH } from './password.js';
import { requestPasswordReset, resetPassword } from './password-reset.js';

@InputType({ description: 'A request for a password reset link.' })
export class RequestPasswordResetInput {
  @Field({ description: "The account's e-mail (the answer is the same whether or not it exists)." })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

@InputType({ description: 'A new password set with a reset link.' })
export class ResetPasswordInput {
  @Field({ description: 'The token of the reset link' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  token!: string;

  @Field({ description: `The new password (at least ${PASSWORD_MIN_LENGTH} characters)` })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  password!: string;
}

@Resolver()
export class PasswordResetResolver {
  @Mutation(() => Boolean, {
    description: 'Mails a reset link (single use, one hour) when the address has an account; answers true either way.',
  })
  requestPasswordReset(
    @C() ctx: Ctx,
    @Arg('input', { description: "The account's e-mail." }) input: RequestPasswordResetInput,
  ): Promise<boolean> {
    return requestPasswordReset(ctx, input.email);
  }

  @Mutation(() => LoginPayload, {
    description: 'Sets a new password with a reset link, signs out every session and signs in here.',
  })
  async resetPassword(
    @C() ctx: Ctx,
    @Arg('input', { description: 'The token from the link and the new password.' }) input: ResetPasswordInput,
  ): Promise<LoginPayload> {
    return { me: await resetPassword(ctx, input.token, input.password) };
  }
}
