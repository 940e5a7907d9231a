import type { Opt, Ref } from '@mikro-orm/core';
import { BeforeCreate, BeforeUpdate, Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { Locale } from '../auth/locale.js';
import { requireCountryCode } from '../common/country.js';
import { Store } from '../tenancy/store.entity.js';

/** What a store's invoices say about the seller, and how they are numbered. One row per store. */
@ObjectType({
  description: 'What the store prints on its invoices, and how they are numbered and paid.',
  simpleResolvers: true,
})
@Entity({ tableName: 'invoice_settings' })
export class InvoiceSettings {
  @ManyToOne({ entity: () => Store, primary: true, ref: true, deleteRule: 'cascade' })
  store!: Ref<Store>;

  @Field(() => String, { description: 'Registered company name.' })
  @Property({ type: 'string' })
  legalName: Opt<string> = '';
  @Field(() => String, { description: 'Street and number.' }) @Property({ type: 'string' }) addressLine: Opt<string> =
    '';
  @Field(() => String, { description: 'Postal code.' }) @Property({ type: 'string' }) postalCode: Opt<string> = '';
  @Field(() => String, { description: 'City.' }) @Property({ type: 'string' }) city: Opt<string> = '';
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code (LU).' })
  @Property({ type: 'string', length: 2 })
  country: Opt<string> = 'LU';

  @BeforeCreate()
  @BeforeUpdate()
  protected checkCountry() {
    this.country = requireCountryCode(this.country);
  }

  @Field(() => String, { description: 'VAT number with country prefix, e.g. LU26375245.', nullable: true })
  @Property({ type: 'string', nullable: true })
  vatNumber: string | null = null;
  @Field(() => String, { nullable: true, description: 'Luxembourg trade register (RCS) number' })
  @Property({ type: 'string', nullable: true })
  rcsNumber: string | null = null;
  @Field(() => String, { description: 'Contact e-mail printed on invoices.', nullable: true })
  @Property({ type: 'string', nullable: true })
  email: string | null = null;
  @Field(() => String, { description: 'Contact phone printed on invoices.', nullable: true })
  @Property({ type: 'string', nullable: true })
  phone: string | null = null;
  @Field(() => String, { description: 'IBAN for payment (check digits validated).', nullable: true })
  @Property({ type: 'string', nullable: true })
  iban: string | null = null;
  @Field(() => String, { description: 'BIC of the bank.', nullable: true })
  @Property({ type: 'string', nullable: true })
  bic: string | null = null;
  @Field(() => String, { description: 'Name of the bank.', nullable: true })
  @Property({ type: 'string', nullable: true })
  bankName: string | null = null;
  @Field(() => String, {
    nullable: true,
    description:
      "The seller's electronic address on Peppol e-invoices, `scheme:identifier` (e.g. `9938:LU12345613`); without it, the VAT number's (LU → 9938)",
  })
  @Property({ type: 'string', nullable: true })
  peppolId: string | null = null;
  @Field(() => String, {
    description: "Prefix of invoice numbers, e.g. INV (the series is shared by the merchant's stores).",
  })
  @Property({ type: 'string' })
  invoicePrefix: Opt<string> = 'INV';
  @Field(() => String, { description: 'Prefix of credit note numbers, e.g. CN.' })
  @Property({ type: 'string' })
  creditNotePrefix: Opt<string> = 'CN';
  @Field(() => Int, { description: 'Days from issue to the due date.' })
  @Property({ type: 'integer' })
  paymentDueDays: Opt<number> = 15;
  @Field(() => String, { description: 'Payment terms text.', nullable: true })
  @Property({ type: 'text', nullable: true })
  paymentTerms: string | null = null;
  @Field(() => String, { description: 'Footer text.', nullable: true })
  @Property({ type: 'text', nullable: true })
  footer: string | null = null;
  @Field(() => Locale, { description: "The language of invoices when the buyer's is not en, fr or de." })
  @Enum({ items: () => Locale, nativeEnumName: 'locale' })
  defaultLanguage: Opt<Locale> = Locale.fr;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
