import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx as C, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import { MAX_PREFLIGHT_PROBLEMS, ublPreflight } from './invoice-ubl.js';

export enum UblProblemSeverity {
  error = 'error',
  warning = 'warning',
}
registerEnumType(UblProblemSeverity, {
  name: 'UblProblemSeverity',
  description: 'How much a pre-flight problem matters',
  valuesConfig: {
    error: { description: 'The document breaks the rule: its UBL cannot be written' },
    warning: { description: 'The UBL is valid, but a Peppol access point cannot deliver it' },
  },
});

export enum UblFix {
  SELLER_ELECTRONIC_ADDRESS = 'SELLER_ELECTRONIC_ADDRESS',
  BUYER_ELECTRONIC_ADDRESS = 'BUYER_ELECTRONIC_ADDRESS',
  BUYER_REFERENCE = 'BUYER_REFERENCE',
  SELLER_DETAILS = 'SELLER_DETAILS',
  BUYER_DETAILS = 'BUYER_DETAILS',
  CREDITED_INVOICE = 'CREDITED_INVOICE',
  DOCUMENT_DATA = 'DOCUMENT_DATA',
}
registerEnumType(UblFix, {
  name: 'UblFix',
  description: 'What to change so the rule is met (for documents issued from then on: issued ones never change)',
  valuesConfig: {
    SELLER_ELECTRONIC_ADDRESS: { description: "Add the seller's Peppol ID in the invoice settings" },
    BUYER_ELECTRONIC_ADDRESS: { description: "Add the customer's Peppol ID (or e-mail address)" },
    BUYER_REFERENCE: { description: "Give the buyer's reference or the order number" },
    SELLER_DETAILS: {
      description: "Complete the seller's details (VAT number, address, IBAN) in the invoice settings",
    },
    BUYER_DETAILS: { description: "Complete the customer's details (VAT number, address)" },
    CREDITED_INVOICE: { description: 'The credit note must name the invoice it corrects' },
    DOCUMENT_DATA: { description: 'The stored document itself is inconsistent: report it' },
  },
});

@ObjectType({ description: 'One Peppol / EN 16931 rule one document breaks' })
export class UblPreflightProblem {
  @Field(() => ID, { description: 'The invoice or credit note' }) invoiceId!: string;
  @Field({ description: 'Its number' }) number!: string;
  @Field({ description: 'The rule, e.g. PEPPOL-EN16931-R010 or BR-CO-25' }) rule!: string;
  @Field(() => UblProblemSeverity, { description: 'Error (not written) or warning' }) severity!: UblProblemSeverity;
  @Field(() => UblFix, { description: 'What to change' }) fix!: UblFix;
  @Field({ description: 'What is missing, in English (the SPA translates `fix`)' }) message!: string;
}

@ObjectType({ description: "Pre-flight of a period's Peppol e-invoices: what the rules need and the data lacks" })
export class UblPreflight {
  @Field(() => Int, { description: 'Invoices and credit notes issued in the period' }) documents!: number;
  @Field(() => Int, { description: 'Documents whose UBL cannot be written' }) documentsWithErrors!: number;
  @Field(() => Int, { description: 'Documents that are valid but carry a warning' }) documentsWithWarnings!: number;
  @Field(() => [UblPreflightProblem], {
    description: `The problems, in (issue date, number) order, at most ${MAX_PREFLIGHT_PROBLEMS}`,
  })
  problems!: UblPreflightProblem[];
  @Field({ description: `More than ${MAX_PREFLIGHT_PROBLEMS} problems: the list stops there` }) truncated!: boolean;
}

@Resolver()
export class InvoiceUblResolver {
  @Authorized(Permission.INVOICES_READ)
  @Query(() => UblPreflight, {
    description:
      'What the Peppol BIS 3 rules need and the invoices and credit notes issued from `from` to `to` lack (at most 366 days), each with its fix',
  })
  invoiceUblPreflight(
    @C() ctx: StoreCtx,
    @Arg('from', () => LocalDateResolver, { description: 'First issue date, YYYY-MM-DD, inclusive' }) from: string,
    @Arg('to', () => LocalDateResolver, { description: 'Last issue date, YYYY-MM-DD, inclusive' }) to: string,
  ): Promise<UblPreflight> {
    return ublPreflight(ctx, from, to) as Promise<UblPreflight>;
  }
}
