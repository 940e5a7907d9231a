import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isInputObjectType } from 'graphql';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ErrorReason } from '../gql/enums';
import { describeError, toApiError } from '../lib/graphql-errors';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { resources } from '.';

const LANGS = ['en', 'fr', 'de'] as const;
const schema = buildSchema(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../schema.graphql'), 'utf8'));

async function translator(lng: string) {
  const i = i18next.createInstance();
  await i.init({ resources, lng, fallbackLng: false, interpolation: { escapeValue: false } });
  return i;
}

const apiError = (extensions: Record<string, unknown>, message = 'server text') =>
  toApiError(new CombinedGraphQLErrors({ errors: [{ message, extensions }] }));

describe('error messages', () => {
  for (const lng of LANGS) {
    it(`${lng}: every ErrorReason of the API has a message`, async () => {
      const i18n = await translator(lng);
      const missing = Object.values(ErrorReason).filter((code) => !i18n.exists(`errors.${code}`));
      expect(missing).toEqual([]);
      expect(Object.values(ErrorReason).length).toBeGreaterThan(40);
    });

    it(`${lng}: every field of every API input has a label`, async () => {
      const i18n = await translator(lng);
      const fields = new Set<string>();
      for (const type of Object.values(schema.getTypeMap())) {
        if (isInputObjectType(type)) for (const f of Object.keys(type.getFields())) fields.add(f);
      }
      expect([...fields].filter((f) => !i18n.exists(`fieldLabels.${f}`))).toEqual([]);
    });
  }

  it('a validation error names the fields as people call them, in the interface language', async () => {
    const error = apiError({
      code: 'BAD_USER_INPUT',
      reason: ErrorReason.VALIDATION_FAILED,
      fields: { 'newCustomer.email': 'must be an e-mail address', discountCents: 'cannot be negative' },
    });
    expect(describeError(error, await translator('en'))).toBe('Please correct: New customer › E-mail, Discount.');
    expect(describeError(error, await translator('fr'))).toBe('Veuillez corriger : Nouveau client › E-mail, Remise.');
    expect(describeError(error, await translator('de'))).toBe('Bitte korrigieren Sie: Neuer Kunde › E-Mail, Rabatt.');
  });

  it('fills in the parameters the server sends', async () => {
    const de = await translator('de');
    expect(
      describeError(
        apiError({ code: 'CONFLICT', reason: ErrorReason.OUT_OF_STOCK, sku: 'MUG-1', requested: 3, available: 1 }),
        de,
      ),
    ).toBe('Nicht genug Bestand für MUG-1: 3 angefragt, 1 verfügbar.');
    const fr = await translator('fr');
    expect(
      describeError(
        apiError({ code: 'CONFLICT', reason: ErrorReason.INVALID_STATUS_TRANSITION, from: 'shipped', to: 'cancelled' }),
        fr,
      ),
    ).toBe('Une commande au statut « Expédiée » ne peut pas passer au statut « Annulée ».');
    const tierLimit = {
      code: 'FORBIDDEN',
      reason: ErrorReason.TIER_LIMIT_REACHED,
      limit: 100,
      tier: 'essential',
      resource: 'orders',
      periodEnd: '2026-04-01T00:00:00.000Z',
      upgrade: 'changeTier',
    };
    expect(describeError(apiError(tierLimit), await translator('en'))).toBe(
      'This store has used its 100 orders for this month on the Essential plan. The allowance renews on 1 Apr 2026; an owner can upgrade under Plan & usage to continue now.',
    );
    expect(describeError(apiError({ ...tierLimit, limit: 200, resource: 'products' }), fr)).toContain(
      'L’abonnement Essential permet 200 produits.',
    );
    expect(
      describeError(
        apiError({
          code: 'BAD_USER_INPUT',
          reason: ErrorReason.INVOICE_SETTINGS_INCOMPLETE,
          missing: ['legalName', 'vatNumber'],
        }),
        de,
      ),
    ).toBe('Vervollständigen Sie zuerst die Rechnungseinstellungen: Firmenname, USt-IdNr.');
  });

  it('messages use only placeholders their codes are given', async () => {
    const en = await translator('en');
    const params = new Set([
      'fields',
      'minutes',
      'sku',
      'requested',
      'available',
      'maxMegabytes',
      'missing',
      'duplicated',
      'from',
      'to',
      'plan',
      'requiredPlan',
      'feature',
      'limit',
      'periodEnd',
      'maxDays',
      'reasons',
      'vatNumber',
      'orderNumber',
      'items',
      'max',
      'number',
      'status',
      'ordered',
      'received',
      'receiving',
      'allowed',
      'name',
    ]);
    for (const code of Object.values(ErrorReason)) {
      const text = String(en.getResource('en', 'translation', `errors.${code}`));
      for (const [, name] of text.matchAll(/{{(\w+)}}/g)) expect(params, `${code} uses {{${name}}}`).toContain(name);
    }
  });
});
