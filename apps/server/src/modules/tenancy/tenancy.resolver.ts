import { Ctx as C, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context.js';
import { Merchant } from './merchant.entity.js';
import { Store } from './store.entity.js';

@Resolver(() => Store)
export class StoreResolver {
  @FieldResolver(() => Merchant, { description: 'The legal entity the store belongs to.' })
  merchant(@Root() store: Store, @C() _ctx: Ctx): Promise<Merchant> {
    return store.merchant.load({ dataloader: true }) as Promise<Merchant>;
  }
}
