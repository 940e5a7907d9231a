import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { User } from '../auth/user.entity.js';

export enum SyncKind {
  /** New work: unconfirmed shipments, and changes since the last sync. */
  INCREMENTAL = 'incremental',
  /** Every shipment completed since a date, whatever its state. */
  HISTORICAL = 'historical',
}
registerEnumType(SyncKind, {
  description: 'The kind of sync.',
  name: 'LetzshopSyncKind',
  valuesConfig: {
    INCREMENTAL: { description: 'Unconfirmed shipments and what changed since the last run.' },
    HISTORICAL: { description: 'Every shipment completed since a date.' },
  },
});

export enum SyncStatus {
  QUEUED = 'queued',
  RUNNING = 'running',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
  /** The process died mid-run; a later run carried on from its last page. */
  INTERRUPTED = 'interrupted',
}
registerEnumType(SyncStatus, {
  description: 'Where a sync stands.',
  name: 'LetzshopSyncStatus',
  valuesConfig: {
    QUEUED: { description: 'Waiting to start.' },
    RUNNING: { description: 'In progress.' },
    SUCCEEDED: { description: 'Finished (individual shipments may still have failed).' },
    FAILED: { description: 'Stopped by an error.' },
    INTERRUPTED: { description: 'Its process stopped; the next run continues from the last page stored.' },
  },
});

export enum SyncTrigger {
  MANUAL = 'manual',
  SCHEDULE = 'schedule',
  CLI = 'cli',
}
registerEnumType(SyncTrigger, {
  description: 'What started a sync.',
  name: 'LetzshopSyncTrigger',
  valuesConfig: {
    MANUAL: { description: 'A person, in the app or the API.' },
    SCHEDULE: { description: 'The automatic schedule.' },
    CLI: { description: 'The command line.' },
  },
});

/**
 * One sync, recorded from request to end. At most one queued or running per store (a partial
 * unique index). `pass` and `cursor` are the resume point: they move only in the transaction that
 * stored a page, so a run that dies is continued by the next without losing or repeating work.
 */
@ObjectType({ description: 'One sync with Letzshop: its kind, progress and result.', simpleResolvers: true })
@Entity({ tableName: 'letzshop_sync_run' })
@Index({
  name: 'letzshop_sync_run_one_active',
  expression:
    'create unique index "letzshop_sync_run_one_active" on "letzshop_sync_run" ("store_id") where status in (\'queued\', \'running\')',
})
@Index({ name: 'letzshop_sync_run_store_created_index', properties: ['store', 'createdAt'] })
export class LetzshopSyncRun extends StoreScopedEntity {
  @Field(() => SyncKind, { description: 'Incremental or historical.' })
  @Enum({ items: () => SyncKind, nativeEnumName: 'letzshop_sync_kind' })
  kind!: SyncKind;

  @Field(() => SyncTrigger, { description: 'What started it.' })
  @Enum({ items: () => SyncTrigger, nativeEnumName: 'letzshop_sync_trigger' })
  trigger!: SyncTrigger;

  @Field(() => SyncStatus, { description: 'Where it stands.' })
  @Enum({ items: () => SyncStatus, nativeEnumName: 'letzshop_sync_status' })
  status: Opt<SyncStatus> = SyncStatus.QUEUED;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: 'set null' })
  requestedBy: Ref<User> | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Historical import: shipments completed since' })
  @Property({ type: 'timestamptz', nullable: true })
  since: Date | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When it started; null while queued.', nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When it ended; null while queued or running.', nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null = null;

  @Property({ type: 'integer' }) pass: Opt<number> = 0;
  @Property({ type: 'text', nullable: true }) cursor: string | null = null;
  /** Incremental runs: changes since this instant (the previous successful run's start). */
  @Property({ type: 'timestamptz', nullable: true }) updatedSince: Date | null = null;
  @Property({ type: 'uuid', nullable: true }) resumedFrom: string | null = null;

  @Field(() => Int, { description: 'Pages read from Letzshop.' }) @Property({ type: 'integer' }) pages: Opt<number> = 0;
  @Field(() => Int, { description: 'Shipments read from Letzshop.' })
  @Property({ type: 'integer' })
  fetched: Opt<number> = 0;
  @Field(() => Int, { description: 'Shipments seen so far that were new orders' })
  @Property({ type: 'integer' })
  created: Opt<number> = 0;
  @Field(() => Int, { description: 'Shipments that changed an existing order.' })
  @Property({ type: 'integer' })
  updated: Opt<number> = 0;
  @Field(() => Int, { description: 'Shipments skipped as unchanged.' })
  @Property({ type: 'integer' })
  unchanged: Opt<number> = 0;
  @Field(() => Int, { description: 'Shipments that could not be imported (see problems).' })
  @Property({ type: 'integer' })
  failed: Opt<number> = 0;
  @Field(() => Int, { description: 'Shipments left unconfirmed on Letzshop: the monthly order limit is reached' })
  @Property({ type: 'integer' })
  waiting: Opt<number> = 0;

  @Field(() => String, { nullable: true, description: 'Why the run failed' })
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Field(() => [String], { description: 'Shipments that could not be imported, with the reason' })
  @Property({ type: 'json' })
  problems: Opt<string[]> = [];
}
