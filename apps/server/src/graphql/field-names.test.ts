import { describe, expect, it } from 'vitest';
import { fieldName } from './field-names.js';

describe('fieldName', () => {
  it('names input fields as a person does', () => {
    expect(fieldName('shippingCents')).toBe('shipping');
    expect(fieldName('paymentDueDays')).toBe('payment due days');
    expect(fieldName('lines.0.quantity')).toBe('line 1, quantity');
    expect(fieldName('shippingAddress.postalCode')).toBe('shipping address, postal code');
    expect(fieldName('vatNumber')).toBe('VAT number');
    expect(fieldName('productId')).toBe('product');
    expect(fieldName('email')).toBe('e-mail');
    expect(fieldName('id')).toBe('ID');
  });
});
