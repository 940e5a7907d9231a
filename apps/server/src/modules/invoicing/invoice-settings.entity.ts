import type { Opt, Ref } from '@mikro-orm/core';
import { BeforeCreate, BeforeUpdate, Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { Locale } from '../auth/locale.js';
import { requireCountryCode } from '../common/country.js';
import { Store } from '../tenancy/store.entity.js';

/** What a store's invoices say about the seller, and how they are numbered. One row per store. */
@ObjectType({ simpleResolvers: true })
@Entity({ tableName: 'invoice_settings' })
export class InvoiceSettings {
  @ManyToOne({ entity: () => Store, primary: true, ref: true, deleteRule: 'cascade' })
  store!: Ref<Store>;

  @Field(() => String) @Property({ type: 'string' }) legalName: Opt<string> = '';
  @Field(() => String) @Property({ type: 'string' }) addressLine: Opt<string> = '';
  @Field(() => String) @Property({ type: 'string' }) postalCode: Opt<string> = '';
  @Field(() => String) @Property({ type: 'string' }) city: Opt<string> = '';
  @Field(() => String) @Property({ type: 'string', length: 2 }) country: Opt<string> = 'LU';

  @BeforeCreate()
  @BeforeUpdate()
  protected checkCountry() {
    this.country = requireCountryCode(this.country);
  }

  @Field(() => String, { nullable: true }) @Property({ type: 'string', nullable: true }) vatNumber: string | null =
    null;
  @Field(() => String, { nullable: true, description: 'Luxembourg trade register (RCS) number' })
  @Property({ type: 'string', nullable: true })
  rcsNumber: string | null = null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', nullable: true }) email: string | null = null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', nullable: true }) phone: string | null = null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', nullable: true }) iban: string | null = null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', nullable: true }) bic: string | null = null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', nullable: true }) bankName: string | null = null;
  @Field(() => String, {
    nullable: true,
    description:
      "The seller's electronic address on Peppol e-invoices, `scheme:identifier` (e.g. `9938:LU12345613`); without it, the VAT number's (LU → 9938)",
  })
  @Property({ type: 'string', nullable: true })
  peppolId: string | null = null;
  @Field(() => String) @Property({ type: 'string' }) invoicePrefix: Opt<string> = 'INV';
  @Field(() => String) @Property({ type: 'string' }) creditNotePrefix: Opt<string> = 'CN';
  @Field(() => Int) @Property({ type: 'integer' }) paymentDueDays: Opt<number> = 15;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) paymentTerms: string | null =
    null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) footer: string | null = null;
  @Field(() => Locale)
  @Enum({ items: () => Locale, nativeEnumName: 'locale' })
  defaultLanguage: Opt<Locale> = Locale.fr;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
