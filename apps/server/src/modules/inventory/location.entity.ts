import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';

/** Where stock sits: a warehouse and a bin, both stored upper-case (e.g. STRASSEN / SA-10-02). */
@ObjectType({ description: 'A place stock is kept: a warehouse and a bin.' })
@Entity({ tableName: 'location' })
@Unique({ name: 'location_store_warehouse_bin_unique', properties: ['store', 'warehouse', 'bin'] })
export class Location extends StoreScopedEntity {
  @Field({ description: 'Warehouse code, upper case.' })
  @Property({ type: 'string' })
  warehouse!: string;

  @Field({ description: 'Bin or shelf code, upper case.' })
  @Property({ type: 'string' })
  bin!: string;
}

export const normalizeLocationPart = (s: string): string => s.trim().toUpperCase();
