import type { Ref } from '@mikro-orm/core';
import { ManyToOne } from '@mikro-orm/decorators/legacy';
import { ObjectType } from 'type-graphql';
import { Store } from '../modules/tenancy/store.entity.js';
import { BaseEntity } from './base.entity.js';

/**
 * Rows that belong to one store. Every entity extending this is confined to the request's store
 * by the `tenant` filter (see db/tenant-filter.ts), which is on by default.
 */
@ObjectType({ simpleResolvers: true })
export abstract class StoreScopedEntity extends BaseEntity {
  @ManyToOne({ entity: () => Store, ref: true, deleteRule: 'cascade', index: true })
  store!: Ref<Store>;
}
