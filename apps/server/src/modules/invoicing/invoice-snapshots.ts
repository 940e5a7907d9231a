import { Field, Int, ObjectType } from 'type-graphql';

/** The seller as the invoice states it, frozen at issue. */
@ObjectType({ description: "The seller's details as printed on a document when it was issued.", simpleResolvers: true })
export class SellerSnapshot {
  @Field({ description: 'Registered company name.' }) legalName!: string;
  @Field({ description: 'Street and number.' }) addressLine!: string;
  @Field({ description: 'Postal code.' }) postalCode!: string;
  @Field({ description: 'City.' }) city!: string;
  @Field({ description: 'ISO 3166-1 alpha-2 country code.' }) country!: string;
  @Field(() => String, { description: 'VAT number with country prefix.', nullable: true }) vatNumber!: string | null;
  @Field(() => String, { description: 'Luxembourg trade register (RCS) number, e.g. B123456.', nullable: true })
  rcsNumber!: string | null;
  @Field(() => String, { description: 'Contact e-mail.', nullable: true }) email!: string | null;
  @Field(() => String, { description: 'Contact phone.', nullable: true }) phone!: string | null;
  @Field(() => String, { description: 'IBAN for payment.', nullable: true }) iban!: string | null;
  @Field(() => String, { description: 'BIC of the bank.', nullable: true }) bic!: string | null;
  @Field(() => String, { description: 'Name of the bank.', nullable: true }) bankName!: string | null;
  @Field(() => String, { description: 'Payment terms text.', nullable: true }) paymentTerms!: string | null;
  @Field(() => String, { description: 'Footer text.', nullable: true }) footer!: string | null;
  /** Electronic address for e-invoices (`scheme:identifier`) as configured at issue; absent on older invoices. */
  peppolId?: string | null;
}

@ObjectType({ description: "The buyer's details as printed on a document when it was issued.", simpleResolvers: true })
export class BuyerSnapshot {
  @Field({ description: "The buyer's full name." }) name!: string;
  @Field(() => String, { description: 'Company name, for business buyers.', nullable: true }) company!: string | null;
  @Field({ description: 'Street and number.' }) addressLine!: string;
  @Field({ description: 'Postal code.' }) postalCode!: string;
  @Field({ description: 'City.' }) city!: string;
  @Field({ description: 'ISO 3166-1 alpha-2 country code.' }) country!: string;
  @Field(() => String, { description: "The business buyer's VAT number with country prefix.", nullable: true })
  vatNumber!: string | null;
  @Field(() => String, { description: "The buyer's e-mail.", nullable: true }) email!: string | null;
  /** The customer's Peppol ID (`scheme:identifier`) at issue; absent on older invoices. */
  peppolId?: string | null;
}

@ObjectType({ description: 'One line of a document as printed.', simpleResolvers: true })
export class InvoiceLineSnapshot {
  @Field({ description: 'What was sold.' }) description!: string;
  @Field(() => String, { description: "The product's SKU.", nullable: true }) sku!: string | null;
  @Field(() => Int, { description: 'Units.' }) quantity!: number;
  @Field(() => Int, { description: 'Unit price excl. VAT, cents (rounded; the line net is exact)' })
  unitPriceNetCents!: number;
  @Field({ description: 'EN 16931 VAT category code: S, Z, K, AE, G, E' }) vatCategoryCode!: string;
  @Field(() => Int, { description: 'VAT rate in basis points (1700 = 17 %).' }) vatRateBp!: number;
  @Field(() => Int, { description: 'Line total excluding VAT, in cents.' }) netCents!: number;
  @Field(() => Int, { description: "The line's VAT, in cents." }) vatCents!: number;
  @Field(() => Int, { description: 'Line total including VAT, in cents.' }) grossCents!: number;
  @Field(() => Int, { nullable: true, description: 'On a credit note: the index of the invoice line it credits' })
  sourceLine?: number | null;
}

@ObjectType({ description: 'The VAT of one category and rate on a document.', simpleResolvers: true })
export class VatBreakdownRow {
  @Field({ description: 'VAT category code (EN 16931, e.g. S for a standard rate).' }) categoryCode!: string;
  @Field(() => Int, { description: 'VAT rate in basis points (1700 = 17 %).' }) rateBp!: number;
  @Field(() => Int, { description: 'Taxable amount excluding VAT, in cents.' }) taxableCents!: number;
  @Field(() => Int, { description: 'VAT, in cents.' }) vatCents!: number;
}
