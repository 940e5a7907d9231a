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

@InputType({ description: "Changes to the store's e-mail settings; omitted fields stay." })
export class UpdateMailSettingsInput {
  @Field(() => String, { nullable: true, description: 'Empty: the store’s name' })
  @IsOptional()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  senderName?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty: the invoice settings’ e-mail' })
  @IsOptional()
  @MaxLength(254, { message: 'must be at most 254 characters' })
  replyTo?: string | null;

  @Field({ description: 'Whether invoices are e-mailed to the buyer when issued.', nullable: true })
  @IsOptional()
  @IsBoolean()
  autoSendInvoices?: boolean;
}

@ObjectType({ description: "A user's own e-mail preferences." })
export class MailPreferences {
  @Field({ description: 'Alert e-mails as an owner: Letzshop sync failing, order allowance, EU threshold' })
  alerts!: boolean;
}

@InputType({ description: "The user's e-mail preferences." })
export class UpdateMailPreferencesInput {
  @Field({ description: "Whether to receive owners' alerts." }) @IsBoolean() alerts!: boolean;
}

@ObjectType({ description: 'An attachment of a development mailbox message.' })
export class DevMailboxAttachment {
  @Field({ description: 'The file name.' }) filename!: string;
  @Field({ description: 'The MIME type.' }) contentType!: string;
  @Field(() => Int, { description: 'Size in bytes.' }) size!: number;
  @Field({ description: 'The bytes, base64' }) contentBase64!: string;
}

@ObjectType({ description: 'A message the built-in development mailbox received (never in production).' })
export class DevMailboxMessage {
  @Field(() => ID, { description: "The message's id." }) id!: string;
  @Field(() => Date, { description: 'When it arrived.' }) receivedAt!: Date;
  @Field(() => String, { description: 'The Message-ID header.', nullable: true }) messageId!: string | null;
  @Field({ description: 'The sender.' }) from!: string;
  @Field(() => [String], { description: 'The recipients.' }) to!: string[];
  @Field(() => String, { description: 'The Reply-To address.', nullable: true }) replyTo!: string | null;
  @Field({ description: 'The subject line.' }) subject!: string;
  @Field(() => String, {
    description: 'The HTML body (blanked once sent when it held a single-use link).',
    nullable: true,
  })
  html!: string | null;
  @Field(() => String, { description: 'The text body.', nullable: true }) text!: string | null;
  @Field(() => String, { description: "The message's language.", nullable: true }) language!: string | null;
  @Field(() => [DevMailboxAttachment], { description: 'The attachments.' }) attachments!: DevMailboxAttachment[];
}

const toGraph = (m: MailboxMessage): DevMailboxMessage => ({
  ...m,
  attachments: m.attachments.map((a) => ({ ...a, contentBase64: a.content.toString('base64') })),
});

@Resolver()
export class MailResolver {
  @Authorized(Permission.SETTINGS_READ)
  @Query(() => StoreMailSettings, {
    description:
      "The store's e-mail settings: sender name, reply-to address, automatic sending of invoices. Needs SETTINGS_READ.",
  })
  mailSettings(@C() ctx: StoreCtx): Promise<StoreMailSettings> {
    return storeMailSettings(ctx.em, ctx.storeId);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => StoreMailSettings, {
    description:
      "Changes the store's e-mail settings (sender name, reply-to, automatic invoice sending). Needs SETTINGS_WRITE.",
  })
  updateMailSettings(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The settings to change; omitted ones stay.' }) input: UpdateMailSettingsInput,
  ): Promise<StoreMailSettings> {
    return updateMailSettings(ctx, input);
  }

  @Authorized()
  @Query(() => MailPreferences, {
    description: "The signed-in user's own e-mail preferences (alerts). Any signed-in user.",
  })
  async myMailPreferences(@C() ctx: Ctx): Promise<MailPreferences> {
    if (!ctx.user) throw new UnauthenticatedError();
    return { alerts: await wantsAlerts(ctx.em, ctx.user.id) };
  }

  @Authorized()
  @Mutation(() => MailPreferences, {
    description: "Changes the signed-in user's own e-mail preferences. Any signed-in user.",
  })
  async updateMailPreferences(
    @C() ctx: Ctx,
    @Arg('input', { description: 'The preferences.' }) input: UpdateMailPreferencesInput,
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
