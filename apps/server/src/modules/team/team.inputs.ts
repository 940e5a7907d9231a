import { IsEmail, IsNotEmpty, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PASSWORD_MIN_LENGTH } from '../auth/password.js';
import { Role } from '../../core/roles.js';
import { Invitation } from './invitation.entity.js';
import { labelFields } from '../../core/field-labels.js';

@ObjectType({ description: 'A person who works in the store.' })
export class TeamMember {
  @Field(() => ID, { description: 'The user id (stable cache key)' }) id!: string;
  @Field(() => ID, { description: "The user's id." }) userId!: string;
  @Field({ description: 'Full name.' }) name!: string;
  @Field({ description: 'Sign-in e-mail.' }) email!: string;
  @Field(() => Role, { description: 'Role in this store.' }) role!: Role;
  @Field({ description: 'Owner through the merchant: managed at merchant level, not per store' })
  merchantOwner!: boolean;
  @Field(() => Date, { description: 'When they joined the store.' }) since!: Date;
}

@InputType({ description: 'An invitation to the store.' })
export class InviteMemberInput {
  @Field({ description: 'Whom to invite.' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  email!: string;

  @Field(() => Role, { description: 'The role offered.' })
  role!: Role;
}

@ObjectType({ description: 'The answer to an invitation.' })
export class InvitePayload {
  @Field(() => Invitation, { description: 'The invitation.' }) invitation!: Invitation;
  @Field({ description: 'The link to send to the invitee. Shown once; only its hash is stored.' }) acceptUrl!: string;
}

@InputType({ description: "A change of a member's role." })
export class ChangeMemberRoleInput {
  @Field(() => ID, { description: "The member's user id." })
  @IsUUID('all', { message: 'is not a valid id' })
  userId!: string;
  @Field(() => Role, { description: 'The new role.' }) role!: Role;
}

@InputType({ description: 'A member to remove.' })
export class RemoveMemberInput {
  @Field(() => ID, { description: "The member's user id." })
  @IsUUID('all', { message: 'is not a valid id' })
  userId!: string;
}

@InputType({ description: 'An invitation to withdraw.' })
export class RevokeInvitationInput {
  @Field(() => ID, { description: "The invitation's id." })
  @IsUUID('all', { message: 'is not a valid id' })
  id!: string;
}

@ObjectType({ description: 'What an invitation link offers, shown before accepting.' })
export class InvitationPreview {
  @Field(() => ID, { description: "The store's id." }) storeId!: string;
  @Field({ description: "The store's name." }) storeName!: string;
  @Field({ description: 'Whom it invites.' }) email!: string;
  @Field(() => Role, { description: 'The role offered.' }) role!: Role;
  @Field(() => Date, { description: 'When the link stops working.' }) expiresAt!: Date;
}

@InputType({ description: 'Accepting an invitation.' })
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link.' }) @IsNotEmpty({ message: 'is required' }) token!: string;

  @Field({ nullable: true, description: 'Your name (new accounts only)' })
  @IsOptional()
  @MaxLength(120)
  name?: string;

  @Field({
    nullable: true,
    description: `New accounts only: a password of at least ${PASSWORD_MIN_LENGTH} characters. An existing account signs in first and accepts without one.`,
  })
  @IsOptional()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  password?: string;
}

labelFields(InviteMemberInput, { email: 'E-mail', role: 'Role' });
labelFields(AcceptInvitationInput, { token: 'Invitation link', name: 'Name', password: 'Password' });
labelFields(ChangeMemberRoleInput, { userId: 'Member', role: 'Role' });
