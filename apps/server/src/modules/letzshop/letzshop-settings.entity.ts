import type { Opt } from '@mikro-orm/core';
import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';

export const DEFAULT_LETZSHOP_ENDPOINT = 'https://letzshop.lu/graphql';

/** A store's connection to Letzshop. The API key is stored sealed (AES-256-GCM) and never returned. */
@ObjectType({ description: "The store's connection to Letzshop (the key is never returned).", simpleResolvers: true })
@Entity({ tableName: 'letzshop_settings' })
@Unique({ name: 'letzshop_settings_store_unique', properties: ['store'] })
export class LetzshopSettings extends StoreScopedEntity {
  @Property({ type: 'text', nullable: true, hidden: true })
  apiKeySealed: string | null = null;

  @Field(() => String, { nullable: true, description: 'The last 4 characters of the API key, to recognise it' })
  @Property({ type: 'string', length: 4, nullable: true })
  apiKeyLast4: string | null = null;

  @Field(() => String, { description: 'The Letzshop API endpoint (https).' })
  @Property({ type: 'string' })
  endpointUrl: Opt<string> = DEFAULT_LETZSHOP_ENDPOINT;

  @Field(() => Boolean, { description: 'Whether orders are synced automatically.' })
  @Property({ type: 'boolean' })
  autoSync: Opt<boolean> = false;

  @Field(() => Int, { description: 'Minutes between automatic syncs.' })
  @Property({ type: 'integer' })
  syncIntervalMinutes: Opt<number> = 15;

  @Field(() => String, {
    nullable: true,
    description: 'Carrier proposed in the tracking form (post_lu, dpd, dhl, ups, …)',
  })
  @Property({ type: 'string', nullable: true })
  defaultCarrier: string | null = 'post_lu';

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start of the last sync that finished' })
  @Property({ type: 'timestamptz', nullable: true })
  lastSyncedAt: Date | null = null;
}
