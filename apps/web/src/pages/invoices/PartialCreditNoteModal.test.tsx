import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderPage } from '../../test/render';
import { PartialCreditNoteModal } from './PartialCreditNoteModal';

const invoice = {
  id: '00000000-0000-7000-8000-000000000001',
  number: 'INV-2026-00001',
  lines: [{ description: 'Mug', quantity: 2, unitPriceNetCents: 1000, grossCents: 2340 }],
};

describe('partial credit note', () => {
  it('keeps 3 typed on a line of 2 and says what is allowed, instead of crediting 2', async () => {
    await i18n.changeLanguage('en');
    // No mocked answer: were the form to send anything, the modal would show the client's error.
    renderPage(<PartialCreditNoteModal invoice={invoice} onClose={() => {}} onDone={() => {}} />);
    const input = screen.getByTestId('credit-qty-0') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '3' } });
    fireEvent.blur(input);
    expect(input.value).toBe('3');
    expect(screen.getByText('Enter a whole number from 0 to 2.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('credit-submit'));
    expect(screen.queryByTestId('credit-problem')).toBeNull();
    expect(input.value).toBe('3');
  });
});
