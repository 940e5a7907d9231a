/** The e-mail an erased customer keeps (unique per store, reaches nobody). */
export const erasedEmail = (customerId: string): string => `erased-${customerId}@erased.invalid`;

/** An address without the person: the country stays (VAT and the OSS return need it). */
export const erasedAddressSql = (column: string): string =>
  `jsonb_build_object('firstName', '', 'lastName', '', 'company', null, 'street', '', 'streetNumber', null,
     'postalCode', '', 'city', '', 'country', ${column}->>'country', 'phone', null)`;
