import { IsBoolean, IsOptional, MaxLength } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx as C,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { Ctx, StoreCtx } from '../../core/context.js';
import { DomainError, UnauthenticatedError } from '../../core/errors.js';
import { Permission } from '../../core/permissions.js';
import type { MailboxMessage } from './dev-mailbox.js';
import { setAlertPreference, storeMailSettings, updateMailSettings, wantsAlerts } from './mail-settings.js';
import { StoreMailSettings } from './store-mail-settings.entity.js';

@InputType()
export class UpdateMailSettingsInput {
  @Field(() => String, { nullable: true, description: 'Empty: the store’s name' })
  @IsOptional()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  senderName?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty: the invoice settings’ e-mail' })
  @IsOptional()
  @MaxLength(254, { message: 'must be at most 254 characters' })
  replyTo?: string | null;

  @Field({ nullable: true }) @IsOptional() @IsBoolean() autoSendInvoices?: boolean;
}

@ObjectType()
export class MailPreferences {
  @Field({ description: 'Alert e-mails as an owner: Letzshop sync failing, order allowance, EU threshold' })
  alerts!: boolean;
}

@InputType()
export class UpdateMailPreferencesInput {
  @Field() @IsBoolean() alerts!: boolean;
}

@ObjectType()
export class DevMailboxAttachment {
  @Field() filename!: string;
  @Field() contentType!: string;
  @Field(() => Int) size!: number;
  @Field({ description: 'The bytes, base64' }) contentBase64!: string;
}

@ObjectType()
export class DevMailboxMessage {
  @Field(() => ID) id!: string;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => String, { nullable: true }) messageId!: string | null;
  @Field() from!: string;
  @Field(() => [String]) to!: string[];
  @Field(() => String, { nullable: true }) replyTo!: string | null;
  @Field() subject!: string;
  @Field(() => String, { nullable: true }) html!: string | null;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => String, { nullable: true }) language!: string | null;
  @Field(() => [DevMailboxAttachment]) attachments!: DevMailboxAttachment[];
}

const toGraph = (m: MailboxMessage): DevMailboxMessage => ({
  ...m,
  attachments: m.attachments.map((a) => ({ ...a, contentBase64: a.content.toString('base64') })),
});

@Resolver()
export class MailResolver {
  @Authorized(Permission.SETTINGS_READ)
  @Query(() => StoreMailSettings)
  mailSettings(@C() ctx: StoreCtx): Promise<StoreMailSettings> {
    return storeMailSettings(ctx.em, ctx.storeId);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => StoreMailSettings)
  updateMailSettings(@C() ctx: StoreCtx, @Arg('input') input: UpdateMailSettingsInput): Promise<StoreMailSettings> {
    return updateMailSettings(ctx, input);
  }

  @Authorized()
  @Query(() => MailPreferences)
  async myMailPreferences(@C() ctx: Ctx): Promise<MailPreferences> {
    if (!ctx.user) throw new UnauthenticatedError();
    return { alerts: await wantsAlerts(ctx.em, ctx.user.id) };
  }

  @Authorized()
  @Mutation(() => MailPreferences)
  async updateMailPreferences(
    @C() ctx: Ctx,
    @Arg('input') input: UpdateMailPreferencesInput,
  ): Promise<MailPreferences> {
    if (!ctx.user) throw new UnauthenticatedError();
    return { alerts: await setAlertPreference(ctx.em, ctx.user.id, input.alerts) };
  }

  @Authorized(Permission.DEV_MAILBOX_READ)
  @Query(() => [DevMailboxMessage], {
    description: 'Development only: the messages the built-in mailbox received, newest first.',
  })
  devMailbox(@C() ctx: StoreCtx): DevMailboxMessage[] {
    if (!ctx.mailbox || ctx.config.NODE_ENV === 'production') {
      throw new DomainError(
        'DEV_MAILBOX_OFF',
        'The development mailbox runs only in development, when SMTP_URL is not set.',
        'NOT_FOUND',
      );
    }
    return ctx.mailbox.messages().map(toGraph);
  }
}
