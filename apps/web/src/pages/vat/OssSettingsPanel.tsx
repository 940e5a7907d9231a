import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Loader, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { EU_COUNTRIES } from '@orion/vat/countries';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../components/CountrySelect';
import { GoodsKindReadiness } from './GoodsKindReadiness';
import { ErrorAlert } from '../../components/feedback';
import { useSession } from '../../app/session';
import { describeError, fieldErrors, toApiError } from '../../lib/graphql-errors';
import { UPDATE_VAT_SETTINGS, VAT_SETTINGS } from './oss-settings-documents';

/** Whether the store is registered for the Union OSS, since when and where. */
export function OssSettingsPanel() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const { data, loading, error } = useQuery(VAT_SETTINGS);
  const [update, saving] = useMutation(UPDATE_VAT_SETTINGS, { refetchQueries: ['VatThreshold'] });
  const [registered, setRegistered] = useState(false);
  const [since, setSince] = useState('');
  const [country, setCountry] = useState<string | null>('LU');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const write = can('SETTINGS_WRITE');

  useEffect(() => {
    const s = data?.vatSettings;
    if (s) {
      setRegistered(s.ossRegistered);
      setSince(s.ossRegisteredSince ?? '');
      setCountry(s.ossRegistrationCountry ?? 'LU');
    }
  }, [data]);

  if (loading && !data) return <Loader />;
  if (error) return <ErrorAlert error={error} />;
  const save = async () => {
    try {
      setErrors({});
      await update({
        variables: {
          input: { ossRegistered: registered, ossRegisteredSince: since || null, ossRegistrationCountry: country },
        },
      });
      notifications.show({ color: 'green', message: t('vat.oss.saved') });
    } catch (err) {
      const api = toApiError(err);
      setErrors(fieldErrors(api));
      notifications.show({ color: 'red', title: t('errors.notDone'), message: describeError(api, i18n) });
    }
  };
  return (
    <Paper withBorder p="lg" maw={860}>
      <Stack>
        <Text fw={600}>{t('vat.oss.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('vat.oss.help')}
        </Text>
        <Switch
          label={t('vat.oss.registered')}
          checked={registered}
          disabled={!write}
          onChange={(e) => setRegistered(e.currentTarget.checked)}
          data-testid="oss-registered"
        />
        {registered && (
          <Group grow maw={520}>
            <TextInput
              type="date"
              label={t('vat.oss.since')}
              value={since}
              disabled={!write}
              onChange={(e) => setSince(e.currentTarget.value)}
              error={errors.ossRegisteredSince}
              data-testid="oss-since"
            />
            <CountrySelect
              label={t('vat.oss.country')}
              only={EU_COUNTRIES}
              value={country}
              disabled={!write}
              allowDeselect={false}
              onChange={setCountry}
              error={errors.ossRegistrationCountry}
            />
          </Group>
        )}
        {registered && !data?.vatSettings.ossRegistered && can('PRODUCTS_READ') && (
          <GoodsKindReadiness turningOn canWrite={can('PRODUCTS_WRITE')} />
        )}
        {write && (
          <Button w="fit-content" onClick={save} loading={saving.loading} data-testid="oss-save">
            {t('vat.oss.save')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
