import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';

export enum PersonalDataAccessKind {
  EXPORT = 'export',
  ACCESS_REQUEST = 'access_request',
  ERASURE = 'erasure',
}
registerEnumType(PersonalDataAccessKind, {
  name: 'PersonalDataAccessKind',
  description: 'What was done with personal data',
  valuesConfig: {
    EXPORT: { description: 'A customer export (CSV)' },
    ACCESS_REQUEST: { description: "One customer's data as a ZIP (GDPR Art. 15/20)" },
    ERASURE: { description: "A customer's personal data erased (GDPR Art. 17)" },
  },
});

/** One export or access of personal data: who, when, what, with which filters, how many rows. */
@ObjectType({ simpleResolvers: true, description: 'One export or access of personal data' })
@Entity({ tableName: 'personal_data_access' })
@Index({ name: 'personal_data_access_store_created_index', properties: ['store', 'createdAt'] })
export class PersonalDataAccess extends StoreScopedEntity {
  @Field(() => PersonalDataAccessKind, { description: 'Export, access request or erasure' })
  @Enum({ items: () => PersonalDataAccessKind, nativeEnumName: 'personal_data_access_kind' })
  kind!: PersonalDataAccessKind;

  @Field(() => String, { nullable: true, description: 'The team member, when a person did it' })
  @Property({ type: 'uuid', nullable: true })
  userId: string | null = null;

  @Field({ description: 'Who did it, as named then' })
  @Property({ type: 'string' })
  userName!: string;

  @Field({ description: 'The export preset (mailchimp, full, excel) or the customer concerned' })
  @Property({ type: 'string' })
  detail!: string;

  // Exposed as text by the resolver (`PersonalDataAccess.filters`).
  @Property({ type: 'jsonb', default: '{}' })
  filters: Opt<Record<string, unknown>> = {};

  @Field(() => Int, { description: 'Rows (customers) written or concerned' })
  @Property({ type: 'integer' })
  rowCount!: number;
}
