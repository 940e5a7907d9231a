import { useMutation } from '@apollo/client/react';
import { Button, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../../app/i18n';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import type { Locale } from '../../gql/graphql';
import { fieldErrors, toApiError } from '../../lib/graphql-errors';

const UPDATE = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) { id name locale }
  }
`);

export function ProfilePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [update, { loading }] = useMutation(UPDATE);
  const form = useForm({ initialValues: { name: me.user.name, locale: me.user.locale as Locale } });

  const submit = form.onSubmit(async (values) => {
    try {
      await update({ variables: { input: values } });
      setLanguage(values.locale);
      notifications.show({ message: t('profile.saved'), color: 'green' });
    } catch (err) {
      const api = toApiError(err);
      form.setErrors(fieldErrors(api));
      notifications.show({ message: api.message, color: 'red' });
    }
  });

  return (
    <Stack maw={520}>
      <Title order={2}>{t('profile.title')}</Title>
      <Paper withBorder p="lg">
        <form onSubmit={submit}>
          <Stack>
            <Text c="dimmed" size="sm">
              {me.user.email}
            </Text>
            <TextInput label={t('profile.name')} {...form.getInputProps('name')} />
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('profile.language')}
              </Text>
              <SegmentedControl
                data={[
                  { value: 'en', label: 'English' },
                  { value: 'fr', label: 'Français' },
                  { value: 'de', label: 'Deutsch' },
                ]}
                {...form.getInputProps('locale')}
              />
            </div>
            <Button type="submit" loading={loading} w="fit-content">
              {t('profile.save')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
