import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { Invoice } from './invoice.entity.js';

/**
 * Why an invoice has the VAT it has: the decision of `decideVat` at issue, with the buyer's VAT
 * status and the VIES proof. Written in the invoice's transaction; never changed (trigger).
 * Credit notes use their invoice's row.
 */
@ObjectType('InvoiceVatDecision', {
  description: 'Which VAT regime an invoice follows and why, as decided when it was issued (immutable).',
  simpleResolvers: true,
})
@Entity({ tableName: 'invoice_vat' })
export class InvoiceVat extends StoreScopedEntity {
  @ManyToOne({ entity: () => Invoice, ref: true, deleteRule: 'restrict', unique: true })
  invoice!: Ref<Invoice>;

  @Field({ description: 'domestic, oss, origin, reverse_charge or exempt' })
  @Property({ type: 'string', length: 20 })
  regime!: string;

  @Field({ description: "Member state whose rates apply (oss: the customer's; the member state of consumption)" })
  @Property({ type: 'string', length: 2 })
  rateCountry!: string;

  @Field({ description: 'EN 16931 invoice-level category: S, K, AE, G, E' })
  @Property({ type: 'string', length: 2 })
  categoryCode!: string;

  @Field(() => String, { nullable: true, description: 'The legal mention printed, in the invoice language' })
  @Property({ type: 'text', nullable: true })
  mention: string | null = null;

  @Field({ description: 'Why this regime, for people' }) @Property({ type: 'text' }) reason!: string;

  @Field(() => Boolean, { description: 'Whether the buyer was treated as a business (B2B).' })
  @Property({ type: 'boolean' })
  buyerIsBusiness: Opt<boolean> = false;

  @Field(() => String, { description: "The buyer's VAT number the decision used, if any.", nullable: true })
  @Property({ type: 'string', nullable: true })
  buyerVatNumber: string | null = null;

  @Field({ description: 'valid, invalid, unknown or none' })
  @Property({ type: 'string', length: 10 })
  buyerVatStatus!: string;

  @Field(() => String, { nullable: true, description: 'VIES consultation number of the check relied on' })
  @Property({ type: 'string', nullable: true })
  consultationNumber: string | null = null;

  @Property({ type: 'uuid', nullable: true }) vatCheckId: string | null = null;

  @Field(() => Boolean, { description: 'This sale took the store over €10,000 of EU cross-border B2C sales' })
  @Property({ type: 'boolean' })
  thresholdCrossedBySale: Opt<boolean> = false;

  @Field(() => Boolean, { description: 'The user chose to invoice a business as a consumer (VAT number unverified)' })
  @Property({ type: 'boolean' })
  chargedAsConsumer: Opt<boolean> = false;
}
