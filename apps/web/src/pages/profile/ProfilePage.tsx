import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Input, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { SignOutButton, useSession } from '../../app/session';
import { useErrorNotification } from '../../components/feedback';
import { PageHeader } from '../../components/PageHeader';
import { AlertPreference } from '../mail/AlertPreference';
import { graphql } from '../../gql';
import type { Locale } from '../../gql/graphql';
import { LANGUAGES, setLanguage } from '../../i18n';
import { formErrors, toApiError } from '../../lib/graphql-errors';
import { ChangePasswordCard, SessionsCard } from './ProfileSecurity';

const UPDATE = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) { id name locale }
  }
`);

export function ProfilePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const notifyError = useErrorNotification();
  // `User` is normalised by id: the answer updates the header's name at once.
  const [update, { loading }] = useMutation(UPDATE);
  const form = useForm({ initialValues: { name: me.user.name, locale: me.user.locale as Locale } });

  const submit = form.onSubmit(async (values) => {
    try {
      await update({ variables: { input: { name: values.name.trim(), locale: values.locale } } });
      await setLanguage(values.locale);
      form.resetDirty(values);
      notifications.show({ message: t('profile.saved'), color: 'green' });
    } catch (err) {
      const { fields, showMessage } = formErrors(toApiError(err), ['name', 'locale']);
      form.setErrors(fields);
      if (showMessage) notifyError(err);
    }
  });

  return (
    <Stack gap="lg" maw={640}>
      <PageHeader title={t('profile.title')} subtitle={t('profile.subtitle')} />
      <Card withBorder radius="md" padding="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput label={t('profile.email')} value={me.user.email} readOnly variant="filled" />
            <TextInput label={t('profile.name')} required data-testid="profile-name" {...form.getInputProps('name')} />
            <Input.Wrapper label={t('profile.language')} description={t('profile.languageHelp')}>
              <SegmentedControl
                mt={6}
                data={LANGUAGES.map((l) => ({ value: l.value, label: l.label }))}
                data-testid="profile-language"
                {...form.getInputProps('locale')}
              />
            </Input.Wrapper>
            <Group justify="flex-end">
              <Button type="submit" loading={loading} disabled={!form.isDirty()} data-testid="profile-save">
                {t('profile.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <AlertPreference />
      <Card withBorder radius="md" padding="lg">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Title order={5}>{t('profile.session')}</Title>
            <Text size="sm" c="dimmed">
              {t('profile.signOutText')}
            </Text>
          </div>
          <SignOutButton onError={notifyError} />
        </Group>
      </Card>
      <ChangePasswordCard />
      <SessionsCard />
    </Stack>
  );
}
