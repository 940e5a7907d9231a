import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, Connection } from '../../core/connection.js';
import { labelFields } from '../../core/field-labels.js';
import { Permission } from '../../core/permissions.js';

/** The longest grace period a rotation may give the old key: one week. */
export const MAX_GRACE_HOURS = 168;

export enum ApiKeyStatus {
  ACTIVE = 'ACTIVE',
  ROTATING = 'ROTATING',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ApiKeyStatus, {
  name: 'ApiKeyStatus',
  description: 'Whether a key works',
  valuesConfig: {
    ACTIVE: { description: 'The key works.' },
    ROTATING: { description: 'Replaced by a rotation: it works until `graceEndsAt`, then stops.' },
    EXPIRED: { description: 'Past its expiry date or its rotation grace period: refused.' },
    REVOKED: { description: 'Revoked: refused.' },
  },
});

@ObjectType('ApiKey', {
  description: 'A key a third-party tool uses to call the API for one store (its secret is shown only once)',
})
export class ApiKeyView {
  @Field(() => ID, { description: "The key's id" }) id!: string;
  @Field({ description: 'What the key is for, as its creator named it' }) name!: string;
  @Field({ description: 'The key shortened for recognition (`orion_sk_ab12…x9z`)' }) displayForm!: string;
  @Field(() => [Permission], { description: 'What the key may do: permissions, checked like a role' })
  scopes!: Permission[];
  @Field(() => ApiKeyStatus, { description: 'Whether the key works now' }) status!: ApiKeyStatus;
  @Field(() => String, { nullable: true, description: 'Who created it (their name); null when they left' })
  createdByName!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When it was created' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it stops working; null = never' })
  expiresAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was revoked' }) revokedAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'After a rotation: when this (old) key stops working',
  })
  graceEndsAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Its last request' }) lastUsedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The network address of its last request' })
  lastUsedIp!: string | null;
}

@ObjectType({ description: 'A new key, with its secret: shown this once, never again' })
export class CreatedApiKey {
  @Field(() => ApiKeyView, { description: 'The key as listed from now on' }) apiKey!: ApiKeyView;
  @Field({ description: 'The whole key (`orion_sk_…`), for `Authorization: Bearer`; store it now' }) secret!: string;
}

@ObjectType({ description: 'One request made with an API key (kept 30 days)' })
export class ApiKeyRequestView {
  @Field(() => ID, { description: "The log entry's id" }) id!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the request came' }) at!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'The GraphQL operation name, or the method and path of a download',
  })
  operationName!: string | null;
  @Field(() => Int, { description: 'Its actual query cost in points' }) cost!: number;
  @Field(() => Int, { description: 'The HTTP status of the answer' }) status!: number;
  @Field({ description: 'How long it took, in milliseconds' }) durationMs!: number;
  @Field(() => String, { nullable: true, description: 'The client network address' }) ipAddress!: string | null;
}

export const ApiKeyConnection = Connection(ApiKeyView, 'ApiKey');
export const ApiKeyRequestConnection = Connection(ApiKeyRequestView, 'ApiKeyRequest');

@InputType({ description: 'A new API key' })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for (1–100 characters), e.g. the tool that uses it' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  name!: string;

  @Field(() => [Permission], { description: "What the key may do: permissions the creator's role has" })
  @ArrayMinSize(1, { message: 'choose at least one' })
  @ArrayMaxSize(50, { message: 'at most 50' })
  scopes!: Permission[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the key stops working; empty = never' })
  @IsOptional()
  expiresAt?: Date | null;
}

@ArgsType()
export class ApiKeyRequestsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The key whose requests to list' })
  keyId!: string;
}

@ArgsType()
export class RotateApiKeyArgs {
  @Field(() => ID, { description: 'The key to replace' })
  id!: string;

  @Field(() => Int, {
    defaultValue: 24,
    description: `How long the old key keeps working, in hours (0–${MAX_GRACE_HOURS}; default 24)`,
  })
  @Min(0, { message: `must be between 0 and ${MAX_GRACE_HOURS}` })
  @Max(MAX_GRACE_HOURS, { message: `must be between 0 and ${MAX_GRACE_HOURS}` })
  graceHours: number = 24;
}

labelFields(CreateApiKeyInput, { name: 'Name', scopes: 'Scopes', expiresAt: 'Expiry' });
labelFields(RotateApiKeyArgs, { graceHours: 'Grace period (hours)' });
