import { IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { labelFields } from '../../core/field-labels.js';
import { IsCountryCode, toCountryCode } from '../common/country.js';

/** A postal address as stored (and snapshotted on orders). */
@ObjectType({ description: 'A postal address.', simpleResolvers: true })
export class Address {
  @Field({ description: 'First name of the recipient.' }) firstName!: string;
  @Field({ description: 'Last name of the recipient.' }) lastName!: string;
  @Field(() => String, { description: 'Company name, if any.', nullable: true }) company?: string | null;
  @Field({ description: 'Street name.' }) street!: string;
  @Field(() => String, { description: 'House number.', nullable: true }) streetNumber?: string | null;
  @Field({ description: 'Postal code, e.g. L-1616.' }) postalCode!: string;
  @Field({ description: 'City.' }) city!: string;
  @Field({ description: 'ISO 3166-1 alpha-2' }) country!: string;
  @Field(() => String, { description: 'Phone number. Needs CUSTOMERS_READ.', nullable: true }) phone?: string | null;
}

@InputType({ description: 'A postal address.' })
export class AddressInput {
  @Field({ description: 'First name of the recipient.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(120)
  firstName!: string;
  @Field({ description: 'Last name of the recipient.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(120)
  lastName!: string;
  @Field(() => String, { description: 'Company name, if any.', nullable: true }) @IsOptional() @MaxLength(200) company?:
    | string
    | null;
  @Field({ description: 'Street name.' }) @IsNotEmpty({ message: 'is required' }) @MaxLength(200) street!: string;
  @Field(() => String, { description: 'House number.', nullable: true }) @IsOptional() @MaxLength(20) streetNumber?:
    | string
    | null;
  @Field({ description: 'Postal code, e.g. L-1616.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(20)
  postalCode!: string;
  @Field({ description: 'City.' }) @IsNotEmpty({ message: 'is required' }) @MaxLength(120) city!: string;
  @Field({ description: 'ISO 3166-1 alpha-2' }) @IsCountryCode() country!: string;
  @Field(() => String, { description: 'Phone number.', nullable: true }) @IsOptional() @MaxLength(40) phone?:
    | string
    | null;
}

export const toAddress = (a: AddressInput): Address => ({
  firstName: a.firstName.trim(),
  lastName: a.lastName.trim(),
  company: a.company?.trim() || null,
  street: a.street.trim(),
  streetNumber: a.streetNumber?.trim() || null,
  postalCode: a.postalCode.trim(),
  city: a.city.trim(),
  country: toCountryCode(a.country)!,
  phone: a.phone?.trim() || null,
});

labelFields(AddressInput, {
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  street: 'Street',
  streetNumber: 'House number',
  postalCode: 'Postal code',
  city: 'City',
  country: 'Country',
  phone: 'Phone',
});
