import {
  Arg,
  Args,
  Authorized,
  Ctx as C,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Connection } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import { InvoiceSettings } from './invoice-settings.entity.js';
import { InvoiceSettingsService } from './invoice-settings.service.js';
import { BuyerSnapshot, InvoiceLineSnapshot, SellerSnapshot, VatBreakdownRow } from './invoice-snapshots.js';
import { Invoice } from './invoice.entity.js';
import {
  CreateCreditNoteInput,
  InvoiceIdInput,
  InvoiceListArgs,
  InvoicePayload,
  IssueInvoiceInput,
  UpdateInvoiceSettingsInput,
} from './invoice.inputs.js';
import { InvoiceService } from './invoice.service.js';

@ObjectType({
  description: 'A page of invoices and credit notes (Relay connection: first/after, at most 100 per page).',
})
export class InvoiceConnection extends Connection(Invoice) {}

@Resolver(() => Invoice)
export class InvoiceResolver {
  private readonly service = new InvoiceService();
  private readonly settings = new InvoiceSettingsService();

  @Authorized(Permission.SETTINGS_READ)
  @Query(() => InvoiceSettings, {
    description:
      "The seller details, numbering and payment terms printed on the store's invoices. Needs SETTINGS_READ.",
  })
  invoiceSettings(@C() ctx: StoreCtx): Promise<InvoiceSettings> {
    return this.settings.get(ctx);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => InvoiceSettings, {
    description: 'Applies to invoices issued from now on; issued invoices never change.',
  })
  updateInvoiceSettings(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The settings to change; omitted ones stay.' }) input: UpdateInvoiceSettingsInput,
  ): Promise<InvoiceSettings> {
    return this.settings.update(ctx, input);
  }

  @Authorized(Permission.INVOICES_READ)
  @Query(() => InvoiceConnection, { description: 'Invoices and credit notes, newest first' })
  invoices(@C() ctx: StoreCtx, @Args() args: InvoiceListArgs) {
    return this.service.list(ctx, args);
  }

  @Authorized(Permission.INVOICES_READ)
  @Query(() => Invoice, {
    description:
      "One invoice or credit note of the store, by id (NOT_FOUND for another store's). Needs INVOICES_READ; its PDF is at /api/invoices/<id>.pdf.",
  })
  invoice(@C() ctx: StoreCtx, @Arg('id', () => ID, { description: "The invoice's id." }) id: string): Promise<Invoice> {
    return this.service.get(ctx, id);
  }

  @Authorized(Permission.INVOICES_ISSUE)
  @Mutation(() => InvoicePayload, {
    description: "Issues the order's invoice; returns the existing one when already issued.",
  })
  async issueInvoice(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The order to invoice.' }) input: IssueInvoiceInput,
  ): Promise<InvoicePayload> {
    return { invoice: await this.service.issue(ctx, input.orderId, { asConsumer: input.asConsumer }) };
  }

  @Authorized(Permission.INVOICES_MARK_PAID)
  @Mutation(() => InvoicePayload, {
    description: 'Records that an issued invoice was paid (status PAID, paidAt now). Needs INVOICES_MARK_PAID.',
  })
  async markInvoicePaid(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The invoice paid.' }) input: InvoiceIdInput,
  ): Promise<InvoicePayload> {
    return { invoice: await this.service.markPaid(ctx, input.id) };
  }

  @Authorized(Permission.CREDIT_NOTES_CREATE)
  @Mutation(() => InvoicePayload, {
    description:
      'A credit note: partial (lines and quantities, or amounts per VAT rate) or, without either, everything that remains (the invoice becomes cancelled). Returns the credit note.',
  })
  async createCreditNote(
    @C() ctx: StoreCtx,
    @Arg('input', {
      description: 'The invoice to correct and what to credit (lines, amounts per rate, or everything left).',
    })
    input: CreateCreditNoteInput,
  ): Promise<InvoicePayload> {
    return { invoice: await this.service.createCreditNote(ctx, input) };
  }

  @FieldResolver(() => SellerSnapshot, { description: 'The seller as printed on the document.' })
  seller(@Root() i: Invoice): SellerSnapshot {
    return i.seller;
  }

  @FieldResolver(() => BuyerSnapshot, { description: 'The buyer as printed on the document.' })
  buyer(@Root() i: Invoice): BuyerSnapshot {
    return i.buyer;
  }

  @FieldResolver(() => [InvoiceLineSnapshot], { description: 'The lines as printed.' })
  lines(@Root() i: Invoice): InvoiceLineSnapshot[] {
    return i.lines;
  }

  @FieldResolver(() => [VatBreakdownRow], { description: 'One row per VAT category and rate: taxable amount and VAT.' })
  vatBreakdown(@Root() i: Invoice): VatBreakdownRow[] {
    return i.vatBreakdown;
  }

  @FieldResolver(() => [String], {
    description: 'Legal notes printed on the document (e.g. reverse charge, exemption).',
  })
  legalMentions(@Root() i: Invoice): string[] {
    return i.legalMentions;
  }

  @FieldResolver(() => ID, { description: 'The order invoiced; null for none.', nullable: true })
  orderId(@Root() i: Invoice): string | null {
    return i.order?.id ?? null;
  }

  @FieldResolver(() => ID, { description: 'For a credit note, the invoice it corrects.', nullable: true })
  creditedInvoiceId(@Root() i: Invoice): string | null {
    return i.creditedInvoice?.id ?? null;
  }
}
