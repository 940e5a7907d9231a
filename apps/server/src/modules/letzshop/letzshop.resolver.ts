import {
  Arg,
  Authorized,
  Ctx as C,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { StoreCtx } from '../../core/context.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import { Permission } from '../../core/permissions.js';
import { ItemState } from '../orders/order-enums.js';
import { OrderLine } from '../orders/order-line.entity.js';
import { LetzshopActions } from './letzshop-actions.js';
import { LetzshopSettings } from './letzshop-settings.entity.js';
import { LetzshopSyncRun, SyncKind, SyncStatus, SyncTrigger } from './letzshop-sync-run.entity.js';
import {
  DecideLetzshopItemsInput,
  LetzshopActionPayload,
  LetzshopConnectionTest,
  ReturnLetzshopItemsInput,
  SetLetzshopTrackingInput,
  StartLetzshopSyncInput,
  TestLetzshopConnectionInput,
  UpdateLetzshopSettingsInput,
} from './letzshop.inputs.js';
import { LetzshopSettingsService } from './letzshop-settings.service.js';
import { requestSync } from './sync-runner.js';

@ObjectType({ description: 'One unit of a Letzshop order line, as Letzshop tracks it.' })
export class LetzshopUnit {
  @Field(() => ID, { description: "Letzshop's id of the unit." }) id!: string;
  @Field(() => ItemState, { description: 'Its state on Letzshop.' }) state!: ItemState;
}

@ObjectType({ description: 'Whether and how the store is connected to Letzshop.' })
export class LetzshopStatus {
  @Field({ description: 'Whether a key is stored.' }) connected!: boolean;
  @Field(() => LetzshopSyncRun, { nullable: true, description: 'The sync queued or running now' })
  activeRun!: LetzshopSyncRun | null;
  @Field(() => LetzshopSyncRun, { nullable: true, description: 'The last sync that ended' })
  lastRun!: LetzshopSyncRun | null;
  @Field(() => Int, {
    description: 'Shipments left unconfirmed on Letzshop at the last sync because the monthly order limit was reached',
  })
  waitingOrders!: number;
}

@Resolver()
export class LetzshopResolver {
  private readonly actions = new LetzshopActions();
  private readonly settings = new LetzshopSettingsService();

  @Authorized(Permission.SETTINGS_READ)
  @Query(() => LetzshopSettings, { nullable: true, description: 'Null until Letzshop was set up for the store' })
  letzshopSettings(@C() ctx: StoreCtx) {
    return this.settings.get(ctx);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => LetzshopSettings, {
    description: 'A changed endpoint needs the API key again (the stored key is only sent where it was saved for)',
  })
  updateLetzshopSettings(
    @C() ctx: StoreCtx,
    @Arg('input', () => UpdateLetzshopSettingsInput, { description: 'The settings to change; omitted ones stay.' })
    input: UpdateLetzshopSettingsInput,
  ): Promise<LetzshopSettings> {
    return this.settings.update(ctx, input);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => LetzshopConnectionTest, {
    description: 'Asks Letzshop for one shipment with the key (stored, for the stored endpoint only, or given)',
  })
  testLetzshopConnection(
    @C() ctx: StoreCtx,
    @Arg('input', () => TestLetzshopConnectionInput, {
      description: 'Another endpoint or key to test; omitted: the stored ones.',
      nullable: true,
    })
    input?: TestLetzshopConnectionInput,
  ): Promise<LetzshopConnectionTest> {
    return this.settings.testConnection(ctx, input);
  }

  @Authorized(Permission.LETZSHOP_SYNC)
  @Query(() => LetzshopStatus, {
    description:
      'Whether the store is connected to Letzshop, its settings (the key only by its last 4 characters) and the latest sync. Needs LETZSHOP_SYNC.',
  })
  async letzshopStatus(@C() ctx: StoreCtx): Promise<LetzshopStatus> {
    const settings = await this.settings.get(ctx);
    const activeRun = await ctx.em.findOne(LetzshopSyncRun, {
      store: ctx.storeId,
      status: { $in: [SyncStatus.QUEUED, SyncStatus.RUNNING] },
    });
    const lastRun = await ctx.em.findOne(
      LetzshopSyncRun,
      { store: ctx.storeId, status: { $nin: [SyncStatus.QUEUED, SyncStatus.RUNNING] } },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
    return { connected: !!settings?.apiKeySealed, activeRun, lastRun, waitingOrders: lastRun?.waiting ?? 0 };
  }

  @Authorized(Permission.LETZSHOP_SYNC)
  @Query(() => [LetzshopSyncRun], { description: 'Sync history, newest first' })
  letzshopSyncRuns(
    @C() ctx: StoreCtx,
    @Arg('first', () => Int, { description: 'How many runs to return, newest first, 1–100.', defaultValue: 20 })
    first: number,
  ): Promise<LetzshopSyncRun[]> {
    if (first < 1 || first > 100) throw new ValidationError({ first: 'must be between 1 and 100' });
    return ctx.em.find(
      LetzshopSyncRun,
      { store: ctx.storeId },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first },
    );
  }

  @Authorized(Permission.LETZSHOP_SYNC)
  @Query(() => LetzshopSyncRun, {
    description: 'One Letzshop sync run of the store, by id, with its progress and problems. Needs LETZSHOP_SYNC.',
  })
  async letzshopSyncRun(
    @C() ctx: StoreCtx,
    @Arg('id', () => ID, { description: "The run's id." }) id: string,
  ): Promise<LetzshopSyncRun> {
    const run = await ctx.em.findOne(LetzshopSyncRun, { id });
    if (!run) throw new NotFoundError('Sync run', id);
    return run;
  }

  @Authorized(Permission.LETZSHOP_SYNC)
  @Mutation(() => LetzshopSyncRun, {
    description: 'Queues a sync (or returns the one already queued or running for the store)',
  })
  async startLetzshopSync(
    @C() ctx: StoreCtx,
    @Arg('input', () => StartLetzshopSyncInput, {
      description: 'Incremental (default) or a historical import since a date.',
      nullable: true,
    })
    input?: StartLetzshopSyncInput,
  ): Promise<LetzshopSyncRun> {
    const { run, isNew } = await requestSync(ctx, {
      kind: input?.kind ?? SyncKind.INCREMENTAL,
      since: input?.since ?? null,
      trigger: SyncTrigger.MANUAL,
      userId: ctx.user?.id ?? null,
    });
    if (isNew) await ctx.jobs.letzshopSync(run.id);
    return run;
  }

  @Authorized(Permission.ORDERS_WRITE)
  @Mutation(() => LetzshopActionPayload, {
    description: 'Confirms or declines items of a Letzshop order on Letzshop, then here',
  })
  async decideLetzshopItems(
    @C() ctx: StoreCtx,
    @Arg('input', () => DecideLetzshopItemsInput, {
      description: 'The order and, per line or for all, confirm or decline.',
    })
    input: DecideLetzshopItemsInput,
  ): Promise<LetzshopActionPayload> {
    return this.actions.decide(ctx, input.orderId, input);
  }

  @Authorized(Permission.ORDERS_WRITE)
  @Mutation(() => LetzshopActionPayload, { description: 'Sends the tracking to Letzshop; the order is then shipped' })
  setLetzshopTracking(
    @C() ctx: StoreCtx,
    @Arg('input', () => SetLetzshopTrackingInput, { description: 'The order, carrier and tracking number.' })
    input: SetLetzshopTrackingInput,
  ): Promise<LetzshopActionPayload> {
    return this.actions.ship(ctx, input.orderId, input.carrier, input.trackingNumber, input.declineRemaining ?? false);
  }

  @Authorized(Permission.ORDERS_WRITE)
  @Mutation(() => LetzshopActionPayload, {
    description: 'Records returned items on Letzshop, then here (stock comes back)',
  })
  returnLetzshopItems(
    @C() ctx: StoreCtx,
    @Arg('input', () => ReturnLetzshopItemsInput, { description: 'The order and the units returned per line.' })
    input: ReturnLetzshopItemsInput,
  ): Promise<LetzshopActionPayload> {
    return this.actions.returnUnits(ctx, input.orderId, input.lines);
  }
}

@Resolver(() => OrderLine)
export class LetzshopLineResolver {
  @FieldResolver(() => [LetzshopUnit], {
    description: 'The Letzshop units of the line (one per piece) and their states',
  })
  letzshopUnits(@Root() line: OrderLine): LetzshopUnit[] {
    return Object.entries(line.unitStates ?? {}).map(([id, state]) => ({ id, state }));
  }
}
