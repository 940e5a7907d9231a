import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';

/**
 * A buyer whose personal data were erased, known only by a keyed hash of their marketplace
 * identity (Letzshop identifies a buyer by e-mail): a re-import recognises the person and skips
 * their data instead of bringing them back.
 */
@Entity({ tableName: 'erased_buyer' })
@Unique({ name: 'erased_buyer_store_hash_unique', properties: ['store', 'subjectHash'] })
export class ErasedBuyer extends StoreScopedEntity {
  /** HMAC-SHA256 (key derived from ENCRYPTION_KEY) of the normalised e-mail, hex. */
  @Property({ type: 'string', length: 64 })
  subjectHash!: string;

  /** The anonymised customer the person's orders stay attached to. */
  @Property({ type: 'uuid' })
  customerId!: string;

  @Property({ type: 'timestamptz' })
  erasedAt!: Date;
}
