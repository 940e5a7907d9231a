import type { Opt } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';

/** Time-ordered UUIDs (v7): ids sort by creation, which keeps cursor pagination simple. */
export const newId = (): string => uuidv7();

@ObjectType({ simpleResolvers: true })
export abstract class BaseEntity {
  @Field(() => ID, { description: 'Unique id (a UUID, version 7: ids sort by creation).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => Date, { description: 'When the record was created (ISO 8601, UTC).' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { description: 'When the record last changed (ISO 8601, UTC).' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
