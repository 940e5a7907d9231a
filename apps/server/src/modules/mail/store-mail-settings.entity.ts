import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';

/** A store's sender name, reply-to and automatic invoice sending. No row = the defaults. */
@ObjectType({ description: 'How the store sends e-mail.' })
@Entity({ tableName: 'store_mail_settings' })
export class StoreMailSettings {
  @PrimaryKey({ type: 'uuid' })
  storeId!: string;

  @Field(() => String, { nullable: true, description: 'Shown as the sender’s name; the store’s name when empty' })
  @Property({ type: 'string', nullable: true })
  senderName: string | null = null;

  @Field(() => String, { nullable: true, description: 'Where customers’ answers go' })
  @Property({ type: 'string', nullable: true })
  replyTo: string | null = null;

  @Field(() => Boolean, { description: 'Send each invoice and credit note to the customer when it is issued' })
  @Property({ type: 'boolean' })
  autoSendInvoices: Opt<boolean> = false;
}

/** A user's choice about alert e-mails (owners get them unless they opt out). No row = opted in. */
@Entity({ tableName: 'user_mail_preference' })
export class UserMailPreference {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'boolean' })
  alerts: Opt<boolean> = true;
}
