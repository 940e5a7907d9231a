import { IsEmail, IsNotEmpty, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { StoreAccess } from '../tenancy/store-access.js';
import { Locale } from './locale.js';
import { User } from './user.entity.js';
import { labelFields } from '../../core/field-labels.js';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  email!: string;

  @Field()
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

@ObjectType()
export class LoginPayload {
  @Field(() => Me) me!: Me;
}

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  @MaxLength(120)
  @IsNotEmpty({ message: 'cannot be empty' })
  name?: string;

  @Field(() => Locale, { nullable: true })
  locale?: Locale;
}

labelFields(LoginInput, { email: 'E-mail', password: 'Password' });
labelFields(UpdateProfileInput, { name: 'Name', locale: 'Language' });
