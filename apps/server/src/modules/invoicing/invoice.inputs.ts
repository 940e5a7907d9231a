import { IsEmail, IsOptional, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection.js';
import { Cents, MAX_AMOUNT_CENTS, MAX_LINE_QUANTITY, WholeNumber } from '../common/ranges.js';

export const MAX_PAYMENT_DUE_DAYS = 120;
/** An order has at most 500 lines; its invoice adds shipping and discount lines. */
const MAX_INVOICE_LINE_INDEX = 999;
import { Locale } from '../auth/locale.js';
import { Invoice, InvoiceStatus, InvoiceType } from './invoice.entity.js';
import { labelFields } from '../../core/field-labels.js';
import { IsCountryCode } from '../common/country.js';

@InputType({
  description: 'Changes to the invoice settings; omitted fields stay. Applies to invoices issued afterwards only.',
})
export class UpdateInvoiceSettingsInput {
  @Field({ description: 'Registered company name.', nullable: true })
  @IsOptional()
  @MinLength(1, { message: 'cannot be empty' })
  @MaxLength(200)
  legalName?: string;
  @Field({ description: 'Street and number.', nullable: true }) @IsOptional() @MaxLength(200) addressLine?: string;
  @Field({ description: 'Postal code.', nullable: true }) @IsOptional() @MaxLength(20) postalCode?: string;
  @Field({ description: 'City.', nullable: true }) @IsOptional() @MaxLength(120) city?: string;
  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2' }) @IsOptional() @IsCountryCode() country?: string;
  @Field(() => String, { description: 'VAT number with country prefix, check digits validated.', nullable: true })
  @IsOptional()
  @MaxLength(20)
  vatNumber?: string | null;
  @Field(() => String, { description: 'Luxembourg trade register (RCS) number, e.g. B123456.', nullable: true })
  @IsOptional()
  @MaxLength(20)
  rcsNumber?: string | null;
  @Field(() => String, { description: 'Contact e-mail.', nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  email?: string | null;
  @Field(() => String, { description: 'Contact phone.', nullable: true }) @IsOptional() @MaxLength(40) phone?:
    | string
    | null;
  @Field(() => String, { description: 'IBAN, check digits validated (spaces allowed).', nullable: true })
  @IsOptional()
  @MaxLength(40)
  iban?: string | null;
  @Field(() => String, { description: 'BIC, 8 or 11 characters.', nullable: true }) @IsOptional() @MaxLength(11) bic?:
    | string
    | null;
  @Field(() => String, { description: 'Name of the bank.', nullable: true }) @IsOptional() @MaxLength(120) bankName?:
    | string
    | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Electronic address on Peppol e-invoices, `scheme:identifier` (e.g. `9938:LU12345613`); null clears it',
  })
  @IsOptional()
  @MaxLength(60)
  peppolId?: string | null;
  @Field({ description: 'Prefix of invoice numbers.', nullable: true })
  @IsOptional()
  @MinLength(1, { message: 'cannot be empty' })
  @MaxLength(10, { message: 'must be at most 10 characters' })
  invoicePrefix?: string;
  @Field({ description: 'Prefix of credit note numbers.', nullable: true })
  @IsOptional()
  @MinLength(1, { message: 'cannot be empty' })
  @MaxLength(10, { message: 'must be at most 10 characters' })
  creditNotePrefix?: string;
  @Field(() => Int, { nullable: true, description: `0–${MAX_PAYMENT_DUE_DAYS} days` })
  @IsOptional()
  @WholeNumber(0, MAX_PAYMENT_DUE_DAYS)
  paymentDueDays?: number;
  @Field(() => String, { description: 'Payment terms text.', nullable: true })
  @IsOptional()
  @MaxLength(1000)
  paymentTerms?: string | null;
  @Field(() => String, { description: 'Footer text.', nullable: true }) @IsOptional() @MaxLength(1000) footer?:
    | string
    | null;
  @Field(() => Locale, { description: 'Default language of invoices.', nullable: true }) defaultLanguage?: Locale;
}

@InputType({ description: "Issuing an order's invoice." })
export class IssueInvoiceInput {
  @Field(() => ID, { description: 'The order to invoice (its existing invoice is returned if it has one).' })
  @IsUUID('all', { message: 'is not a valid id' })
  orderId!: string;
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'EU VAT: invoice a business buyer whose VAT number VIES could not verify (VAT_NUMBER_UNVERIFIED) as a consumer, with VAT',
  })
  asConsumer: boolean = false;
}

@InputType({ description: 'An invoice, by id.' })
export class InvoiceIdInput {
  @Field(() => ID, { description: "The invoice's id." }) @IsUUID('all', { message: 'is not a valid id' }) id!: string;
}

@InputType({ description: 'Units of one invoice line to credit.' })
export class CreditLineInput {
  @Field(() => Int, {
    description: `Index of the invoice line (0-based, as listed; at most ${MAX_INVOICE_LINE_INDEX})`,
  })
  @WholeNumber(0, MAX_INVOICE_LINE_INDEX)
  lineIndex!: number;
  @Field(() => Int, { description: 'Units to credit, 1 to what remains un-credited on the line.' })
  @WholeNumber(1, MAX_LINE_QUANTITY)
  quantity!: number;
}

@InputType({ description: 'An amount to credit at one VAT rate.' })
export class CreditAmountInput {
  @Field(() => Int, { description: 'The VAT rate in basis points (1700 = 17 %), 0–10000' })
  @WholeNumber(0, 10_000)
  rateBp!: number;
  @Field(() => Int, { description: `Amount incl. VAT, cents (1–${MAX_AMOUNT_CENTS})` })
  @Cents(1, MAX_AMOUNT_CENTS)
  grossCents!: number;
}

@InputType({ description: 'A credit note: by lines, by amounts per rate, or (neither) everything not yet credited.' })
export class CreateCreditNoteInput {
  @Field(() => ID, { description: 'The invoice to credit' })
  @IsUUID('all', { message: 'is not a valid id' })
  id!: string;
  @Field(() => [CreditLineInput], { nullable: true, description: 'Partial: lines and quantities' })
  @IsOptional()
  @ValidateNested({ each: true })
  lines?: CreditLineInput[] | null;
  @Field(() => [CreditAmountInput], { nullable: true, description: 'Partial: amounts per VAT rate' })
  @IsOptional()
  @ValidateNested({ each: true })
  amounts?: CreditAmountInput[] | null;
}

@ArgsType()
export class InvoiceListArgs extends ConnectionArgs {
  @Field(() => InvoiceType, { description: 'Only invoices or only credit notes.', nullable: true })
  type?: InvoiceType | null;
  @Field(() => InvoiceStatus, { description: 'Only documents in this status.', nullable: true })
  status?: InvoiceStatus | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'YYYY-MM-DD, inclusive' }) from?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'YYYY-MM-DD, inclusive' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the number' }) @IsOptional() @MaxLength(40) number?:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'Part of the buyer name or e-mail' })
  @IsOptional()
  @MaxLength(200)
  customer?: string | null;
}

@ObjectType({ description: 'The answer of an invoice mutation.' })
export class InvoicePayload {
  @Field(() => Invoice, { description: 'The invoice or credit note as saved.' }) invoice!: Invoice;
}

labelFields(UpdateInvoiceSettingsInput, {
  legalName: 'Legal name',
  addressLine: 'Address',
  postalCode: 'Postal code',
  city: 'City',
  country: 'Country',
  vatNumber: 'VAT number',
  rcsNumber: 'RCS number',
  iban: 'IBAN',
  bic: 'BIC',
  bankName: 'Bank',
  peppolId: 'Peppol ID',
  email: 'E-mail',
  phone: 'Phone',
  invoicePrefix: 'Invoice prefix',
  creditNotePrefix: 'Credit note prefix',
  paymentTerms: 'Payment terms',
  paymentDueDays: 'Payment due (days)',
  defaultLanguage: 'Invoice language',
  footer: 'Footer',
});
labelFields(IssueInvoiceInput, { orderId: 'Order', asConsumer: 'Invoice as a consumer' });
labelFields(CreateCreditNoteInput, { lines: 'Lines', amounts: 'Amounts' });
labelFields(CreditLineInput, { lineIndex: 'Line', quantity: 'Quantity' });
labelFields(CreditAmountInput, { rateBp: 'VAT rate', grossCents: 'Amount' });
