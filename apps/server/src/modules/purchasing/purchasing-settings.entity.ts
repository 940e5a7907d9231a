import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { Store } from '../tenancy/store.entity.js';

/** A store's purchasing settings; a store without a row has the defaults. */
@ObjectType({ description: "The store's purchasing settings" })
@Entity({ tableName: 'purchasing_settings' })
@Check({
  name: 'purchasing_settings_ranges',
  expression:
    'over_receipt_tolerance_percent between 0 and 100 and velocity_days between 1 and 365 and safety_days between 0 and 365',
})
export class PurchasingSettings {
  @ManyToOne({ entity: () => Store, primary: true, ref: true, deleteRule: 'cascade' })
  store!: Ref<Store>;
  @Field(() => String, { description: 'Prefix of purchase order numbers (PO → PO-2026-00042)' })
  @Property({ type: 'string' })
  poPrefix: Opt<string> = 'PO';
  @Field(() => Int, { description: 'How much more than ordered a receipt may book, in % of the line (0–100)' })
  @Property({ type: 'integer' })
  overReceiptTolerancePercent: Opt<number> = 0;
  @Field(() => Int, { description: 'Days of sales the velocity rule averages over (1–365)' })
  @Property({ type: 'integer' })
  velocityDays: Opt<number> = 30;
  @Field(() => Int, { description: 'Days of stock the velocity rule adds to the lead time (0–365)' })
  @Property({ type: 'integer' })
  safetyDays: Opt<number> = 7;
}
