import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MailSettingsPanel } from '../mail/MailSettingsPanel';
import { ApiKeysPanel } from './ApiKeysPanel';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import type { Locale } from '../../gql/graphql';
import { describeError, fieldErrors, toApiError } from '../../lib/graphql-errors';
import { CountrySelect } from '../../components/CountrySelect';
import { MAX_PAYMENT_DUE_DAYS, wholeNumberError } from '../../lib/input-rules';
import { ErrorAlert } from '../../components/feedback';

const SETTINGS = graphql(`
  query InvoiceSettings {
    invoiceSettings {
      legalName addressLine postalCode city country vatNumber rcsNumber email phone iban bic bankName peppolId
      invoicePrefix creditNotePrefix paymentDueDays paymentTerms footer defaultLanguage
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateInvoiceSettings($input: UpdateInvoiceSettingsInput!) {
    updateInvoiceSettings(input: $input) { legalName vatNumber iban bic }
  }
`);

const EMPTY = {
  legalName: '',
  addressLine: '',
  postalCode: '',
  city: '',
  country: 'LU',
  vatNumber: '',
  rcsNumber: '',
  email: '',
  phone: '',
  iban: '',
  bic: '',
  bankName: '',
  peppolId: '',
  invoicePrefix: 'INV',
  creditNotePrefix: 'CN',
  paymentDueDays: 15,
  paymentTerms: '',
  footer: '',
  defaultLanguage: 'fr' as Locale,
};

/** Store settings: what invoices say about the seller. Later edits never change issued invoices. */
export function SettingsPage() {
  const { i18n } = useTranslation();
  const { can } = useSession();
  const { data, loading, error } = useQuery(SETTINGS);
  const [update, saving] = useMutation(UPDATE);
  const { t } = useTranslation();
  const form = useForm({
    initialValues: EMPTY,
    validate: { paymentDueDays: (v) => wholeNumberError(v, t, 0, MAX_PAYMENT_DUE_DAYS) },
  });
  const write = can('SETTINGS_WRITE');

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset the form only when the loaded settings change
  useEffect(() => {
    const s = data?.invoiceSettings;
    if (s) {
      const values = Object.fromEntries(
        Object.entries(s)
          .filter(([k]) => k !== '__typename')
          .map(([k, v]) => [k, v ?? '']),
      ) as typeof EMPTY;
      form.setValues(values);
      form.resetDirty(values);
    }
  }, [data]);

  const submit = form.onSubmit(async (v) => {
    try {
      await update({ variables: { input: { ...v, paymentDueDays: Number(v.paymentDueDays) } } });
      notifications.show({ color: 'green', message: 'Invoice settings saved' });
    } catch (err) {
      const api = toApiError(err);
      form.setErrors(fieldErrors(api));
      notifications.show({ color: 'red', message: describeError(api, i18n) });
    }
  });

  if (loading && !data) return <Loader />;
  if (error) return <ErrorAlert error={error} />;
  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack maw={860}>
          <Title order={2}>Settings</Title>
          <Text c="dimmed" size="sm">
            What your invoices say about you. Changes apply to invoices issued from now on; issued invoices never
            change.
          </Text>
          <Paper withBorder p="lg">
            <Stack>
              <Text fw={600}>Seller</Text>
              <TextInput label="Legal name" required disabled={!write} {...form.getInputProps('legalName')} />
              <TextInput label="Address" disabled={!write} {...form.getInputProps('addressLine')} />
              <Group grow>
                <TextInput label="Postal code" disabled={!write} {...form.getInputProps('postalCode')} />
                <TextInput label="City" disabled={!write} {...form.getInputProps('city')} />
                <CountrySelect allowDeselect={false} disabled={!write} {...form.getInputProps('country')} />
              </Group>
              <Group grow>
                <TextInput
                  label="VAT number"
                  placeholder="LU12345613"
                  disabled={!write}
                  {...form.getInputProps('paymentTerms')}
                />
                <TextInput
                  label="RCS number"
                  placeholder="B123456"
                  disabled={!write}
                  {...form.getInputProps('rcsNumber')}
                />
              </Group>
              <Group grow>
                <TextInput label="E-mail" disabled={!write} {...form.getInputProps('email')} />
                <TextInput label="Phone" disabled={!write} {...form.getInputProps('phone')} />
              </Group>
              <TextInput
                label={t('fieldLabels.peppolId')}
                description={t('ubl.settings.peppolIdHelp')}
                placeholder="9938:LU12345613"
                disabled={!write}
                data-testid="settings-peppol-id"
                {...form.getInputProps('peppolId')}
              />
            </Stack>
          </Paper>
          <Paper withBorder p="lg">
            <Stack>
              <Text fw={600}>Payment</Text>
              <Group grow>
                <TextInput label="IBAN" disabled={!write} {...form.getInputProps('iban')} data-testid="settings-iban" />
                <TextInput label="BIC" disabled={!write} {...form.getInputProps('bic')} />
                <TextInput label="Bank" disabled={!write} {...form.getInputProps('bankName')} />
              </Group>
              <Group grow>
                <NumberInput
                  label="Payment due (days)"
                  min={0}
                  max={MAX_PAYMENT_DUE_DAYS}
                  clampBehavior="none"
                  allowDecimal={false}
                  disabled={!write}
                  data-testid="settings-payment-due"
                  {...form.getInputProps('paymentDueDays')}
                />
                <Select
                  label="Default invoice language"
                  disabled={!write}
                  allowDeselect={false}
                  data={[
                    { value: 'fr', label: 'Français' },
                    { value: 'de', label: 'Deutsch' },
                    { value: 'en', label: 'English' },
                  ]}
                  {...form.getInputProps('defaultLanguage')}
                />
              </Group>
              <Textarea
                label="Payment terms"
                autosize
                minRows={2}
                disabled={!write}
                {...form.getInputProps('paymentTerms')}
              />
            </Stack>
          </Paper>
          <Paper withBorder p="lg">
            <Stack>
              <Text fw={600}>Numbering and footer</Text>
              <Group grow>
                <TextInput label="Invoice prefix" disabled={!write} {...form.getInputProps('invoicePrefix')} />
                <TextInput label="Credit note prefix" disabled={!write} {...form.getInputProps('creditNotePrefix')} />
              </Group>
              <Textarea label="Footer" autosize minRows={2} disabled={!write} {...form.getInputProps('footer')} />
            </Stack>
          </Paper>
          {write && (
            <Button type="submit" loading={saving.loading} w="fit-content" data-testid="settings-save">
              Save settings
            </Button>
          )}
        </Stack>
      </form>
      <MailSettingsPanel />
      {can('API_KEYS_MANAGE') && <ApiKeysPanel />}
    </>
  );
}
