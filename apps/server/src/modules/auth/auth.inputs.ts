import { IsEmail, IsNotEmpty, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { StoreAccess } from '../tenancy/store-access.js';
import { Locale } from './locale.js';
import { User } from './user.entity.js';
import { labelFields } from '../../core/field-labels.js';

@InputType({ description: 'A sign-in.' })
export class LoginInput {
  @Field({ description: "The account's e-mail (case-insensitive)." })
  @IsEmail({}, { message: 'must be an e-mail address' })
  email!: string;

  @Field({ description: 'The password.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  password!: string;
}

@ObjectType({ description: 'The caller of the request: who is signed in and where they may work.' })
export class Me {
  @Field(() => User, { description: 'The signed-in user.' }) user!: User;
  @Field(() => [StoreAccess], { description: 'Every store the user can work in' }) stores!: StoreAccess[];
  @Field(() => StoreAccess, { nullable: true, description: 'The store named by x-store-id, if any' })
  activeStore!: StoreAccess | null;
}

@ObjectType({ description: 'The answer to a sign-in: the caller, now signed in (the session cookie is set).' })
export class LoginPayload {
  @Field(() => Me, { description: 'The signed-in user and their stores.' }) me!: Me;
}

@InputType({ description: "Changes to the signed-in user's profile." })
export class UpdateProfileInput {
  @Field({ description: 'The new full name.', nullable: true })
  @MaxLength(120)
  @IsNotEmpty({ message: 'cannot be empty' })
  name?: string;

  @Field(() => Locale, { description: 'The new interface language.', nullable: true })
  locale?: Locale;
}

labelFields(LoginInput, { email: 'E-mail', password: 'Password' });
labelFields(UpdateProfileInput, { name: 'Name', locale: 'Language' });
