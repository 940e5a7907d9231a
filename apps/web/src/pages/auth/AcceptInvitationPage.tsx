import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useStoreSelection } from '../../app/store-context';
import { type ApiError, describeError, formErrors, toApiError } from '../../lib/graphql-errors';
import { formatDate } from '../../lib/money';
import { AuthLayout } from './AuthLayout';
import { ACCEPT, PREVIEW } from './accept-invitation-documents';

export function AcceptInvitationPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { setStoreId } = useStoreSelection();
  const { data, error, loading } = useQuery(PREVIEW, {
    variables: { token },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const [accept, { loading: saving }] = useMutation(ACCEPT);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const inv = data?.invitation;
  const form = useForm({
    initialValues: { name: '', password: '' },
    validate: {
      name: (v) => (inv && !inv.existingUser && !v.trim() ? t('auth.nameRequired') : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    if (!inv) return;
    setProblem(null);
    try {
      const r = await accept({
        variables: { input: { token, password: values.password, name: inv.existingUser ? null : values.name.trim() } },
      });
      // Work in the store just joined.
      const joined = r.data?.acceptInvitation.me.stores.find((s) => s.store.name === inv.storeName);
      if (joined) setStoreId(joined.store.id);
      window.location.assign('/');
    } catch (err) {
      const api = toApiError(err);
      const { fields, showMessage } = formErrors(api, inv.existingUser ? ['password'] : ['name', 'password']);
      form.setErrors(fields);
      setProblem(showMessage ? api : null);
    }
  });

  const unusable = !token || error;
  return (
    <AuthLayout>
      {loading && (
        <Stack data-testid="loading">
          <Skeleton h={28} w="70%" />
          <Skeleton h={16} />
          <Skeleton h={36} />
          <Skeleton h={36} />
        </Stack>
      )}
      {unusable && (
        <Stack>
          <Title order={3}>{t('auth.invalidLinkTitle')}</Title>
          <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid="invitation-error">
            {error ? describeError(toApiError(error), i18n) : t('auth.incompleteLink')}
          </Alert>
          <Button component={Link} to="/sign-in" variant="default">
            {t('auth.goToSignIn')}
          </Button>
        </Stack>
      )}
      {inv && (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={3}>{t('auth.acceptTitle', { store: inv.storeName })}</Title>
            <Text size="sm">
              {t('auth.acceptIntro', { role: t(`roles.${inv.role}`), email: inv.email })}{' '}
              {inv.existingUser && t('auth.acceptExisting')}
            </Text>
            {problem && (
              <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="accept-error">
                {describeError(problem, i18n)}
              </Alert>
            )}
            {!inv.existingUser && (
              <TextInput
                label={t('auth.yourName')}
                autoComplete="name"
                required
                data-testid="accept-name"
                {...form.getInputProps('name')}
              />
            )}
            <PasswordInput
              label={inv.existingUser ? t('auth.currentPassword') : t('auth.newPassword')}
              description={inv.existingUser ? undefined : t('auth.newPasswordHelp')}
              required
              autoComplete={inv.existingUser ? 'current-password' : 'new-password'}
              data-testid="accept-password"
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={saving} fullWidth data-testid="accept-submit">
              {t('auth.accept')}
            </Button>
            <Text size="xs" c="dimmed" ta="center">
              {t('auth.acceptExpires', { date: formatDate(inv.expiresAt, i18n.language) })}
            </Text>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
