import { IsNotEmpty, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PASSWORD_MIN_LENGTH } from './password.js';

@ObjectType({ description: 'A signed-in browser or device of the user' })
export class SessionInfo {
  @Field(() => ID, { description: "The session's id (use it with revokeSession)." }) id!: string;
  @Field(() => Date, { description: 'When it signed in' }) createdAt!: Date;
  @Field(() => Date, { description: 'Last use, to within a few minutes (SESSION_TOUCH_MINUTES)' }) lastSeenAt!: Date;
  @Field(() => Date, { description: 'When the session ends unless used again (sliding expiry).' }) expiresAt!: Date;
  @Field(() => String, { nullable: true, description: 'The browser’s User-Agent, as sent when it signed in' })
  userAgent!: string | null;
  @Field(() => String, { nullable: true, description: 'The network address it signed in from' })
  ipAddress!: string | null;
  @Field({ description: 'True for the session making this request' }) current!: boolean;
}

@InputType({ description: 'A password change.' })
export class ChangePasswordInput {
  @Field({ description: 'The current password (a wrong one counts as a failed sign-in).' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  currentPassword!: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  newPassword!: string;
}

@ObjectType({ description: 'The answer to a password change (the other sessions are signed out).' })
export class ChangePasswordPayload {
  @Field({ description: 'How many other sessions were signed out' }) otherSessionsSignedOut!: number;
}

@InputType({ description: 'A session to sign out.' })
export class RevokeSessionInput {
  @Field(() => ID, { description: "The session's id (from sessions)." })
  @IsUUID('all', { message: 'is not a valid id' })
  id!: string;
}
