import { Field, Int, ObjectType } from 'type-graphql';

/** The seller as the invoice states it, frozen at issue. */
@ObjectType({ simpleResolvers: true })
export class SellerSnapshot {
  @Field() legalName!: string;
  @Field() addressLine!: string;
  @Field() postalCode!: string;
  @Field() city!: string;
  @Field() country!: string;
  @Field(() => String, { nullable: true }) vatNumber!: string | null;
  @Field(() => String, { nullable: true }) rcsNumber!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) iban!: string | null;
  @Field(() => String, { nullable: true }) bic!: string | null;
  @Field(() => String, { nullable: true }) bankName!: string | null;
  @Field(() => String, { nullable: true }) paymentTerms!: string | null;
  @Field(() => String, { nullable: true }) footer!: string | null;
  /** Electronic address for e-invoices (`scheme:identifier`) as configured at issue; absent on older invoices. */
  peppolId?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class BuyerSnapshot {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) company!: string | null;
  @Field() addressLine!: string;
  @Field() postalCode!: string;
  @Field() city!: string;
  @Field() country!: string;
  @Field(() => String, { nullable: true }) vatNumber!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  /** The customer's Peppol ID (`scheme:identifier`) at issue; absent on older invoices. */
  peppolId?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class InvoiceLineSnapshot {
  @Field() description!: string;
  @Field(() => String, { nullable: true }) sku!: string | null;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: 'Unit price excl. VAT, cents (rounded; the line net is exact)' })
  unitPriceNetCents!: number;
  @Field({ description: 'EN 16931 VAT category code: S, Z, K, AE, G, E' }) vatCategoryCode!: string;
  @Field(() => Int) vatRateBp!: number;
  @Field(() => Int) netCents!: number;
  @Field(() => Int) vatCents!: number;
  @Field(() => Int) grossCents!: number;
  @Field(() => Int, { nullable: true, description: 'On a credit note: the index of the invoice line it credits' })
  sourceLine?: number | null;
}

@ObjectType({ simpleResolvers: true })
export class VatBreakdownRow {
  @Field() categoryCode!: string;
  @Field(() => Int) rateBp!: number;
  @Field(() => Int) taxableCents!: number;
  @Field(() => Int) vatCents!: number;
}
