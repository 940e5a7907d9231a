import { IsEmail, IsIn, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection.js';
import { AddressInput } from './address.js';
import { Customer, CustomerLanguage } from './customer.entity.js';
import { labelFields } from '../../core/field-labels.js';

@InputType()
export class CreateCustomerInput {
  @Field() @IsEmail({}, { message: 'must be an e-mail address' }) email!: string;
  @Field({ defaultValue: '' }) @MaxLength(120) firstName: string = '';
  @Field({ defaultValue: '' }) @MaxLength(120) lastName: string = '';
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) company?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) vatNumber?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Electronic address on Peppol e-invoices, `scheme:identifier` (e.g. `0088:5798000000001`); null clears it',
  })
  @IsOptional()
  @MaxLength(60)
  peppolId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Buys as a business; default: true when a VAT number is given' })
  isBusiness?: boolean | null;
  @Field(() => CustomerLanguage, { defaultValue: CustomerLanguage.fr }) preferredLanguage: CustomerLanguage =
    CustomerLanguage.fr;
  @Field({ defaultValue: false }) marketingConsent: boolean = false;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() shippingAddress?: AddressInput | null;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() billingAddress?: AddressInput | null;
}

@InputType()
export class UpdateCustomerInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not a valid id' }) id!: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail({}, { message: 'must be an e-mail address' }) email?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(120) firstName?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(120) lastName?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) company?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) vatNumber?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Electronic address on Peppol e-invoices, `scheme:identifier` (e.g. `0088:5798000000001`); null clears it',
  })
  @IsOptional()
  @MaxLength(60)
  peppolId?: string | null;
  @Field(() => Boolean, { nullable: true }) isBusiness?: boolean | null;
  @Field(() => CustomerLanguage, { nullable: true }) preferredLanguage?: CustomerLanguage;
  @Field({ nullable: true }) marketingConsent?: boolean;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() shippingAddress?: AddressInput | null;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() billingAddress?: AddressInput | null;
}

export enum CustomerSortField {
  NAME = 'lastName',
  EMAIL = 'email',
  TOTAL_SPENT = 'totalSpentCents',
  LAST_ORDER = 'lastOrderAt',
  CREATED_AT = 'createdAt',
}
registerEnumType(CustomerSortField, {
  name: 'CustomerSortField',
  valuesConfig: { LAST_ORDER: { description: 'Customers who never ordered come last, in both directions' } },
});

@ArgsType()
export class CustomerListArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, e-mail or company' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
  @Field(() => Boolean, { nullable: true }) isGuest?: boolean | null;
  @Field(() => Boolean, { nullable: true }) marketingConsent?: boolean | null;
  @Field(() => CustomerSortField, { defaultValue: CustomerSortField.CREATED_AT }) sort: CustomerSortField =
    CustomerSortField.CREATED_AT;
  @Field(() => String, { defaultValue: 'desc', description: 'asc or desc' })
  @IsIn(['asc', 'desc'], { message: 'must be asc or desc' })
  direction: string = 'desc';
}

@ObjectType()
export class CustomerPayload {
  @Field(() => Customer) customer!: Customer;
}

labelFields(CreateCustomerInput, {
  email: 'E-mail',
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  phone: 'Phone',
  preferredLanguage: 'Language',
  marketingConsent: 'Marketing consent',
  isBusiness: 'Business customer',
  vatNumber: 'VAT number',
  peppolId: 'Peppol ID',
  billingAddress: 'Billing address',
  shippingAddress: 'Shipping address',
});
