import type { Ref } from '@mikro-orm/core';
import { Entity, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { Invoice } from './invoice.entity.js';

/**
 * The PDF of an issued invoice or credit note, rendered once in the transaction that issues it
 * and served byte for byte from then on: a later change to the template, the fonts or the
 * renderer never changes a document already sent. Postgres refuses any update or delete (see the
 * migration's trigger), like the invoice itself.
 */
@Entity({ tableName: 'invoice_pdf' })
export class InvoicePdf extends StoreScopedEntity {
  @OneToOne({ entity: () => Invoice, ref: true, owner: true, unique: true, deleteRule: 'restrict' })
  invoice!: Ref<Invoice>;

  /** Loaded only when asked for (`populate: ['bytes']` or raw SQL): lists never carry the PDFs. */
  @Property({ type: 'blob', lazy: true })
  bytes!: Buffer;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'integer' })
  byteSize!: number;

  @Property({ type: 'timestamptz' })
  renderedAt!: Date;
}
