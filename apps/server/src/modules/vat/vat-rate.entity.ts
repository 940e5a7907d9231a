import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * One period of one VAT rate of one EU member state (reference data, not store-scoped). Seeded by
 * a migration from packages/vat's table; a later rate change is a new migration that closes the
 * old row (valid_to) and adds the new one — never an edit of an earlier migration.
 */
@ObjectType({ simpleResolvers: true, description: 'A VAT rate in force in a member state for a period' })
@Entity({ tableName: 'vat_rate' })
@Unique({ name: 'vat_rate_period_unique', properties: ['country', 'category', 'validFrom'] })
export class VatRate {
  @PrimaryKey({ type: 'integer', autoincrement: true }) id!: number;

  @Field({ description: 'ISO 3166-1 alpha-2 (Greece: GR)' })
  @Property({ type: 'string', length: 2 })
  country!: string;

  @Field({ description: 'standard, reduced, reduced2, super_reduced, zero or parking' })
  @Property({ type: 'string', length: 20 })
  category!: string;

  @Field(() => Int, { description: 'Basis points: 1700 = 17 %' })
  @Property({ type: 'integer' })
  rateBp!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; null = since before the sources' })
  @Property({ type: 'date', nullable: true })
  validFrom: string | null = null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; null = in force' })
  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;

  @Field({ description: 'Where the row comes from: law, TEDB snapshot, ibericode history' })
  @Property({ type: 'string' })
  source!: string;
}
