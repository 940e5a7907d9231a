import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Center, Loader, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { fieldErrors, toApiError } from '../../lib/graphql-errors';

const PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) { storeName email role existingUser expiresAt }
  }
`);

const ACCEPT = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { me { user { id } } }
  }
`);

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { data, error, loading } = useQuery(PREVIEW, { variables: { token }, skip: !token });
  const [accept, { loading: saving }] = useMutation(ACCEPT);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ initialValues: { name: '', password: '' } });
  const inv = data?.invitation;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await accept({
        variables: { input: { token, password: values.password, name: inv?.existingUser ? null : values.name } },
      });
      window.location.assign('/');
    } catch (err) {
      const api = toApiError(err);
      form.setErrors(fieldErrors(api));
      if (!Object.keys(api.fields).length) setProblem(api.message);
    }
  });

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={440}>
        {loading && <Loader />}
        {(error || !token) && (
          <Alert color="red">{error ? toApiError(error).message : 'This invitation link is incomplete.'}</Alert>
        )}
        {inv && (
          <form onSubmit={submit} noValidate>
            <Stack>
              <Title order={2}>{t('auth.acceptTitle', { store: inv.storeName })}</Title>
              <Text c="dimmed">{t('auth.acceptIntro', { role: t(`roles.${inv.role}`), email: inv.email })}</Text>
              {problem && <Alert color="red">{problem}</Alert>}
              {!inv.existingUser && <TextInput label={t('auth.yourName')} required {...form.getInputProps('name')} />}
              <PasswordInput
                label={inv.existingUser ? t('auth.currentPassword') : t('auth.newPassword')}
                required
                autoComplete={inv.existingUser ? 'current-password' : 'new-password'}
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={saving}>
                {t('auth.accept')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
