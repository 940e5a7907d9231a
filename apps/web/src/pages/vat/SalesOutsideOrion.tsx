import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, toApiError } from '../../lib/graphql-errors';
import { parseEuros } from '../../lib/money';
import { SET_OUTSIDE } from './sales-outside-orion-documents';

const euros = (cents: number) => (cents ? (cents / 100).toFixed(2) : '');

/** Cross-border sales made outside Orion, which count against the threshold too. */
export function SalesOutsideOrion({ year, current, previous }: { year: number; current: number; previous: number }) {
  const { t, i18n } = useTranslation();
  const [set, saving] = useMutation(SET_OUTSIDE, { refetchQueries: ['VatThreshold'] });
  const [values, setValues] = useState({ current: euros(current), previous: euros(previous) });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setValues({ current: euros(current), previous: euros(previous) }), [current, previous]);
  const save = async () => {
    const cur = values.current.trim() ? parseEuros(values.current) : 0;
    const prev = values.previous.trim() ? parseEuros(values.previous) : 0;
    if (cur === null || prev === null) return setError(t('vat.threshold.outsideInvalid'));
    setError(null);
    try {
      await set({ variables: { year: year - 1, cents: prev } });
      await set({ variables: { year, cents: cur } });
      notifications.show({ color: 'green', message: t('vat.threshold.outsideSaved') });
    } catch (err) {
      notifications.show({ color: 'red', title: t('errors.notDone'), message: describeError(toApiError(err), i18n) });
    }
  };
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('vat.threshold.outside')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('vat.threshold.outsideHelp')}
      </Text>
      <Group align="end">
        <TextInput
          label={t('vat.threshold.outsideYear', { year: year - 1 })}
          value={values.previous}
          onChange={(e) => setValues({ ...values, previous: e.currentTarget.value })}
          error={error}
          w={250}
        />
        <TextInput
          label={t('vat.threshold.outsideYear', { year })}
          value={values.current}
          onChange={(e) => setValues({ ...values, current: e.currentTarget.value })}
          w={250}
        />
        <Button variant="light" onClick={save} loading={saving.loading}>
          {t('vat.threshold.outsideSave')}
        </Button>
      </Group>
    </Stack>
  );
}
