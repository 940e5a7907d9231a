import { IsUUID } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx as C,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import type { StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import { OutboundEmail } from '../mail/outbound-email.entity.js';
import { emailHistory, sendInvoice } from './invoice-mail.js';
import { Invoice } from './invoice.entity.js';

@InputType({ description: 'An invoice or credit note to e-mail to its buyer.' })
export class SendInvoiceInput {
  @Field(() => ID, { description: "The invoice's id." }) @IsUUID('all', { message: 'is not a valid id' }) id!: string;
}

@ObjectType({ description: 'The answer to sending an invoice.' })
export class SendInvoicePayload {
  @Field(() => Invoice, { description: 'The invoice, with its e-mails.' }) invoice!: Invoice;
  @Field(() => OutboundEmail, { description: 'The queued message; it is sent right after' }) email!: OutboundEmail;
}

/** Sending an invoice by e-mail, and the e-mails of each document. */
@Resolver(() => Invoice)
export class InvoiceEmailResolver {
  @Authorized(Permission.INVOICES_ISSUE)
  @Mutation(() => SendInvoicePayload, {
    description: 'Sends the invoice or credit note to the customer by e-mail, its PDF attached ("Send again" alike).',
  })
  async sendInvoice(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The invoice or credit note to send.' }) input: SendInvoiceInput,
  ): Promise<SendInvoicePayload> {
    const email = await sendInvoice(ctx, input.id);
    return { email, invoice: await ctx.em.findOneOrFail(Invoice, input.id) };
  }

  @FieldResolver(() => [OutboundEmail], { description: 'The e-mails of this document, newest first' })
  emails(@C() ctx: StoreCtx, @Root() inv: Invoice): Promise<OutboundEmail[]> {
    return emailHistory(ctx, inv.id);
  }
}
