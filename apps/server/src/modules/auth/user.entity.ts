import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Locale } from './locale.js';

/** A person who signs in. E-mail is unique case-insensitively (unique index on lower(email)). */
@ObjectType({ description: 'A person with a sign-in. One user can work in several stores, with a role in each.' })
@Entity({ tableName: 'app_user' })
@Index({
  name: 'app_user_email_lower_unique',
  expression: 'create unique index "app_user_email_lower_unique" on "app_user" (lower("email"))',
})
export class User extends BaseEntity {
  @Field({ description: 'The sign-in e-mail address (unique, compared case-insensitively).' })
  @Property()
  email!: string;

  @Field({ description: "The person's full name as shown to colleagues." })
  @Property()
  name!: string;

  @Field(() => Locale, { description: 'The interface and e-mail language.' })
  @Enum({ items: () => Locale, nativeEnumName: 'locale' })
  locale: Opt<Locale> = Locale.en;

  @Property({ hidden: true, lazy: true })
  passwordHash!: string;
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
