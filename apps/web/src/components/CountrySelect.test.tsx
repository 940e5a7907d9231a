import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { renderPage } from '../test/render';
import { CountrySelect, countryName, countryOptions } from './CountrySelect';

function Picker({ only, onPick }: { only?: readonly string[]; onPick: (v: string | null) => void }) {
  const [value, setValue] = useState<string | null>('LU');
  return (
    <CountrySelect
      only={only}
      value={value}
      onChange={(v) => {
        setValue(v);
        onPick(v);
      }}
      data-testid="country"
    />
  );
}

describe('CountrySelect', () => {
  it('names countries in the user’s language, from the list the server checks against', () => {
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('DE', 'de')).toBe('Deutschland');
    expect(countryName('LU', 'en')).toBe('Luxembourg');
    const all = countryOptions('en');
    expect(all.length).toBeGreaterThan(240);
    expect(all.some((o) => o.value === 'ZZ')).toBe(false);
    expect(countryOptions('de', ['LU', 'AT', 'BE']).map((o) => o.label)).toEqual([
      'Belgien',
      'Luxemburg',
      'Österreich',
    ]);
  });

  it('searches by name (accents and case ignored) or by code, and gives the code', async () => {
    await i18n.changeLanguage('fr');
    const picked: (string | null)[] = [];
    renderPage(<Picker onPick={(v) => picked.push(v)} />);
    const input = screen.getByTestId('country') as HTMLInputElement;
    expect(input.value).toBe('Luxembourg');
    expect(screen.getByText('Pays')).toBeTruthy();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'etats-unis' } });
    fireEvent.click(await screen.findByText("États-Unis d'Amérique"));
    expect(picked).toEqual(['US']);
    fireEvent.change(input, { target: { value: 'xi' } });
    fireEvent.click(await screen.findByText('Irlande du Nord'));
    expect(picked.at(-1)).toBe('XI');
  });

  it('limited to a list (the EU member states for VAT)', async () => {
    await i18n.changeLanguage('de');
    renderPage(<Picker only={['LU', 'FR']} onPick={() => {}} />);
    const input = screen.getByTestId('country') as HTMLInputElement;
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'frank' } });
    expect(await screen.findByText('Frankreich')).toBeTruthy();
    fireEvent.change(input, { target: { value: 'deutsch' } });
    expect(screen.queryByText('Deutschland')).toBeNull();
  });
});
