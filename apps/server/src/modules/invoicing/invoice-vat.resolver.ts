import { Ctx as C, FieldResolver, Resolver, Root } from 'type-graphql';
import type { StoreCtx } from '../../core/context.js';
import { Invoice } from './invoice.entity.js';
import { vatDecisionOf } from './invoice-vat.js';
import { InvoiceVat } from './invoice-vat.entity.js';

@Resolver(() => Invoice)
export class InvoiceVatResolver {
  @FieldResolver(() => InvoiceVat, {
    nullable: true,
    description:
      "Which VAT regime applies and why (a credit note: its invoice's); null for invoices issued before EU VAT",
  })
  vatDecision(@Root() i: Invoice, @C() ctx: StoreCtx): Promise<InvoiceVat | null> {
    return vatDecisionOf(ctx, i);
  }
}
