import { ArrayMaxSize, IsEmail, IsIn, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection.js';
import { AddressInput } from './address.js';
import {
  ConsentSource,
  ConsentStatus,
  Customer,
  CustomerLanguage,
  TAG_MAX_LENGTH,
  TAGS_MAX,
} from './customer.entity.js';
import { labelFields } from '../../core/field-labels.js';

@InputType({ description: 'A change of marketing consent, as the customer gave it' })
export class ConsentInput {
  @Field(() => ConsentStatus, { description: 'The new state' }) status!: ConsentStatus;
  @Field(() => ConsentSource, { description: 'Where the customer gave or withdrew it' }) source!: ConsentSource;
}

@InputType({ description: 'A new customer.' })
export class CreateCustomerInput {
  @Field({ description: 'E-mail, unique in the store (case-insensitive).' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  email!: string;
  @Field({ description: 'First name.', defaultValue: '' }) @MaxLength(120) firstName: string = '';
  @Field({ description: 'Last name.', defaultValue: '' }) @MaxLength(120) lastName: string = '';
  @Field(() => String, { description: 'Company name, for business buyers.', nullable: true })
  @IsOptional()
  @MaxLength(200)
  company?: string | null;
  @Field(() => String, { description: 'Phone number.', nullable: true }) @IsOptional() @MaxLength(40) phone?:
    | string
    | null;
  @Field(() => String, { description: "The business buyer's VAT number with country prefix.", nullable: true })
  @IsOptional()
  @MaxLength(20)
  vatNumber?: string | null;
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
  @Field(() => CustomerLanguage, {
    description: 'Language for e-mails and invoices.',
    defaultValue: CustomerLanguage.fr,
  })
  preferredLanguage: CustomerLanguage = CustomerLanguage.fr;
  @Field(() => ConsentInput, { nullable: true, description: 'Marketing consent; without it: not asked' })
  @IsOptional()
  @ValidateNested()
  consent?: ConsentInput | null;
  @Field(() => [String], { nullable: true, description: `Free tags, at most ${TAG_MAX_LENGTH} characters each` })
  @IsOptional()
  @ArrayMaxSize(TAGS_MAX, { message: `must be at most ${TAGS_MAX} tags` })
  @MaxLength(TAG_MAX_LENGTH, { each: true, message: `each tag must be at most ${TAG_MAX_LENGTH} characters` })
  @Matches(/^[^,]*$/, {
    each: true,
    message: 'a tag must not contain a comma (mailing tools separate tags with commas)',
  })
  tags?: string[] | null;
  @Field(() => AddressInput, { description: 'Default shipping address.', nullable: true })
  @IsOptional()
  @ValidateNested()
  shippingAddress?: AddressInput | null;
  @Field(() => AddressInput, { description: 'Default billing address.', nullable: true })
  @IsOptional()
  @ValidateNested()
  billingAddress?: AddressInput | null;
}

@InputType({ description: 'Changes to a customer; omitted fields stay as they are.' })
export class UpdateCustomerInput {
  @Field(() => ID, { description: "The customer's id." }) @IsUUID('all', { message: 'is not a valid id' }) id!: string;
  @Field({ description: 'New e-mail, unique in the store.', nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  email?: string;
  @Field({ description: 'New first name.', nullable: true }) @IsOptional() @MaxLength(120) firstName?: string;
  @Field({ description: 'New last name.', nullable: true }) @IsOptional() @MaxLength(120) lastName?: string;
  @Field(() => String, { description: 'New company name.', nullable: true }) @IsOptional() @MaxLength(200) company?:
    | string
    | null;
  @Field(() => String, { description: 'New phone number.', nullable: true }) @IsOptional() @MaxLength(40) phone?:
    | string
    | null;
  @Field(() => String, { description: 'New VAT number with country prefix.', nullable: true })
  @IsOptional()
  @MaxLength(20)
  vatNumber?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Electronic address on Peppol e-invoices, `scheme:identifier` (e.g. `0088:5798000000001`); null clears it',
  })
  @IsOptional()
  @MaxLength(60)
  peppolId?: string | null;
  @Field(() => Boolean, { description: 'Whether the customer buys as a business.', nullable: true }) isBusiness?:
    | boolean
    | null;
  @Field(() => CustomerLanguage, { description: 'New language.', nullable: true }) preferredLanguage?: CustomerLanguage;
  @Field(() => ConsentInput, { nullable: true, description: 'A consent change (kept in the history)' })
  @IsOptional()
  @ValidateNested()
  consent?: ConsentInput | null;
  @Field(() => [String], { nullable: true, description: 'Replaces the tags' })
  @IsOptional()
  @ArrayMaxSize(TAGS_MAX, { message: `must be at most ${TAGS_MAX} tags` })
  @MaxLength(TAG_MAX_LENGTH, { each: true, message: `each tag must be at most ${TAG_MAX_LENGTH} characters` })
  @Matches(/^[^,]*$/, {
    each: true,
    message: 'a tag must not contain a comma (mailing tools separate tags with commas)',
  })
  tags?: string[] | null;
  @Field(() => AddressInput, { description: 'New default shipping address.', nullable: true })
  @IsOptional()
  @ValidateNested()
  shippingAddress?: AddressInput | null;
  @Field(() => AddressInput, { description: 'New default billing address.', nullable: true })
  @IsOptional()
  @ValidateNested()
  billingAddress?: AddressInput | null;
}

export enum CustomerSortField {
  NAME = 'lastName',
  EMAIL = 'email',
  TOTAL_SPENT = 'totalSpentCents',
  LAST_ORDER = 'lastOrderAt',
  CREATED_AT = 'createdAt',
}
registerEnumType(CustomerSortField, {
  description: 'Keys to sort customers by.',
  name: 'CustomerSortField',
  valuesConfig: {
    CREATED_AT: { description: 'By creation time.' },
    TOTAL_SPENT: { description: 'By what they spent.' },
    EMAIL: { description: 'By e-mail.' },
    NAME: { description: 'By name.' },
    LAST_ORDER: { description: 'Customers who never ordered come last, in both directions' },
  },
});

@ArgsType()
export class CustomerListArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, e-mail or company' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
  @Field(() => Boolean, {
    description: 'true: only guests (no account); false: only registered customers.',
    nullable: true,
  })
  isGuest?: boolean | null;
  @Field(() => ConsentStatus, { nullable: true, description: 'Only customers with this consent' })
  consent?: ConsentStatus | null;
  @Field(() => String, { nullable: true, description: 'Only customers with this tag (any case)' })
  @IsOptional()
  @MaxLength(TAG_MAX_LENGTH)
  tag?: string | null;
  @Field(() => CustomerSortField, {
    description: 'The sort key; ties are broken by id.',
    defaultValue: CustomerSortField.CREATED_AT,
  })
  sort: CustomerSortField = CustomerSortField.CREATED_AT;
  @Field(() => String, { defaultValue: 'desc', description: 'asc or desc' })
  @IsIn(['asc', 'desc'], { message: 'must be asc or desc' })
  direction: string = 'desc';
}

@ObjectType({ description: 'The answer of a customer mutation.' })
export class CustomerPayload {
  @Field(() => Customer, { description: 'The customer as saved.' }) customer!: Customer;
}

labelFields(CreateCustomerInput, {
  email: 'E-mail',
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  phone: 'Phone',
  preferredLanguage: 'Language',
  consent: 'Marketing consent',
  tags: 'Tags',
  isBusiness: 'Business customer',
  vatNumber: 'VAT number',
  peppolId: 'Peppol ID',
  billingAddress: 'Billing address',
  shippingAddress: 'Shipping address',
});

labelFields(UpdateCustomerInput, { consent: 'Marketing consent', tags: 'Tags' });
labelFields(CustomerListArgs, { tag: 'Tag', consent: 'Marketing consent' });
