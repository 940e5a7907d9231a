import { Ctx as C, FieldResolver, Resolver, Root } from 'type-graphql';
import type { StoreCtx } from '../../graphql/context.js';
import { loader } from '../../graphql/loaders.js';
import { Invoice } from '../invoicing/invoice.entity.js';
import { InvoiceVat } from './invoice-vat.entity.js';

@Resolver(() => Invoice)
export class InvoiceVatResolver {
  @FieldResolver(() => InvoiceVat, {
    nullable: true,
    description:
      "Which VAT regime applies and why (a credit note: its invoice's); null for invoices issued before EU VAT",
  })
  vatDecision(@Root() i: Invoice, @C() ctx: StoreCtx): Promise<InvoiceVat | null> {
    // One statement for a page of invoices.
    return loader<string, InvoiceVat | null>(ctx, 'invoiceVat', async (ids) => {
      const rows = await ctx.em.find(InvoiceVat, { invoice: { $in: [...ids] } });
      const byInvoice = new Map(rows.map((r) => [r.invoice.id, r]));
      return ids.map((id) => byInvoice.get(id) ?? null);
    }).load(i.creditedInvoice?.id ?? i.id);
  }
}
