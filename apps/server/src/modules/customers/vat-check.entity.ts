import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { Customer } from './customer.entity.js';

export enum VatCheckStatus {
  VALID = 'valid',
  INVALID = 'invalid',
  /** VIES could not tell (member state down or busy, timeout): not invalid. */
  UNKNOWN = 'unknown',
}
registerEnumType(VatCheckStatus, {
  description: 'A VIES answer.',
  name: 'VatCheckStatus',
  valuesConfig: {
    INVALID: { description: 'The number is not registered.' },
    VALID: { description: 'The number is registered.' },
    UNKNOWN: { description: 'VIES could not answer (MS_UNAVAILABLE, TIMEOUT…); not invalid' },
  },
});

/** One check of a VAT number (offline format, then VIES), kept as proof with its date and consultation number. */
@ObjectType({ description: "The answer of the EU's VIES service about a VAT number.", simpleResolvers: true })
@Entity({ tableName: 'vat_check' })
@Index({ name: 'vat_check_store_number_index', properties: ['store', 'vatNumber', 'checkedAt'] })
export class VatCheck extends StoreScopedEntity {
  @ManyToOne({ entity: () => Customer, ref: true, deleteRule: 'set null', nullable: true, index: true })
  customer: Ref<Customer> | null = null;

  @Field({ description: 'As checked: prefix + national number, normalised (EL for Greece)' })
  @Property({ type: 'string' })
  vatNumber!: string;

  @Field(() => VatCheckStatus, { description: 'Whether VIES knows the number.' })
  @Enum({ items: () => VatCheckStatus, nativeEnumName: 'vat_check_status' })
  status!: VatCheckStatus;

  @Field({ description: 'format (refused offline, VIES not asked), vies, or off (VIES not configured)' })
  @Property({ type: 'string', length: 10 })
  source!: string;

  @Field(() => GraphQLISODateTime, { description: 'When VIES was asked.' })
  @Property({ type: 'timestamptz' })
  checkedAt!: Date;

  @Field(() => String, { nullable: true, description: "VIES's date of the consultation" })
  @Property({ type: 'string', nullable: true })
  requestDate: string | null = null;

  @Field(() => String, { nullable: true, description: 'VIES consultation number (requestIdentifier), the proof' })
  @Property({ type: 'string', nullable: true })
  consultationNumber: string | null = null;

  @Field(() => String, { description: 'The registered name VIES returned, if any.', nullable: true })
  @Property({ type: 'string', nullable: true })
  traderName: string | null = null;
  @Field(() => String, { description: 'The registered address VIES returned, if any.', nullable: true })
  @Property({ type: 'text', nullable: true })
  traderAddress: string | null = null;

  @Field(() => String, { nullable: true, description: 'MS_UNAVAILABLE, TIMEOUT, WRONG_FORMAT…' })
  @Property({ type: 'string', nullable: true })
  errorCode: string | null = null;

  @Field({ description: 'What the result means, for people' }) @Property({ type: 'text' }) message!: string;
}
