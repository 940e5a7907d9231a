import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Divider, PasswordInput, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ME } from '../../app/session-documents';
import { useStoreSelection } from '../../app/store-context';
import { type ApiError, describeError, formErrors, toApiError } from '../../lib/graphql-errors';
import { formatDate } from '../../lib/money';
import { AuthLayout } from './AuthLayout';
import { ACCEPT, PREVIEW, SIGN_OUT } from './accept-invitation-documents';

/**
 * An invitation link. The server never says whether the e-mail has an account: someone who has
 * one signs in (with the sign-in's own protection) and comes back here to accept; someone new
 * chooses a name and a password here.
 */
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
  const session = useQuery(ME, { fetchPolicy: 'network-only', skip: !token });
  const [accept, { loading: saving }] = useMutation(ACCEPT);
  const [signOut, { loading: signingOut }] = useMutation(SIGN_OUT);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const inv = data?.invitation;
  const me = session.data?.me.user ?? null;
  const here = `/accept-invitation?token=${encodeURIComponent(token)}`;
  const signInHere = `/sign-in?next=${encodeURIComponent(here)}`;
  const form = useForm({
    initialValues: { name: '', password: '' },
    validate: { name: (v) => (!v.trim() ? t('auth.nameRequired') : null) },
  });

  const join = async (input: { name?: string; password?: string }) => {
    if (!inv) return;
    setProblem(null);
    try {
      const r = await accept({ variables: { input: { token, ...input } } });
      // Work in the store just joined.
      const joined = r.data?.acceptInvitation.me.stores.find((s) => s.store.name === inv.storeName);
      if (joined) setStoreId(joined.store.id);
      window.location.assign('/');
    } catch (err) {
      const api = toApiError(err);
      const { fields, showMessage } = formErrors(api, ['name', 'password']);
      form.setErrors(fields);
      setProblem(showMessage ? api : null);
    }
  };
  const submit = form.onSubmit((values) => join({ name: values.name.trim(), password: values.password }));
  const switchAccount = async () => {
    await signOut();
    window.location.assign(signInHere);
  };

  const unusable = !token || error;
  const sameEmail = !!me && !!inv && me.email.toLowerCase() === inv.email.toLowerCase();
  return (
    <AuthLayout>
      {(loading || session.loading) && (
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
      {inv && !session.loading && (
        <Stack>
          <Title order={3}>{t('auth.acceptTitle', { store: inv.storeName })}</Title>
          <Text size="sm">{t('auth.acceptIntro', { role: t(`roles.${inv.role}`), email: inv.email })}</Text>
          {problem && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="accept-error">
              {describeError(problem, i18n)}
              {problem.reason === 'INVITATION_NEEDS_SIGN_IN' && (
                <Button
                  component="a"
                  href={signInHere}
                  size="xs"
                  mt="sm"
                  display="block"
                  data-testid="accept-sign-in-instead"
                >
                  {t('invitationAccept.signIn')}
                </Button>
              )}
            </Alert>
          )}
          {me && sameEmail && (
            <>
              <Text size="sm">{t('invitationAccept.signedInAs', { email: me.email })}</Text>
              <Button onClick={() => void join({})} loading={saving} fullWidth data-testid="accept-submit">
                {t('invitationAccept.accept')}
              </Button>
            </>
          )}
          {me && !sameEmail && (
            <>
              <Alert color="orange" icon={<IconAlertCircle size={18} />} data-testid="accept-other-account">
                {t('invitationAccept.otherAccount', { current: me.email, invited: inv.email })}
              </Alert>
              <Button onClick={() => void switchAccount()} loading={signingOut} fullWidth data-testid="accept-switch">
                {t('invitationAccept.switchAccount', { email: inv.email })}
              </Button>
            </>
          )}
          {!me && (
            <>
              <Text size="sm">{t('invitationAccept.haveAccount', { email: inv.email })}</Text>
              <Button component="a" href={signInHere} variant="light" fullWidth data-testid="accept-sign-in">
                {t('invitationAccept.signIn')}
              </Button>
              <Divider label={t('invitationAccept.orNew')} labelPosition="center" />
              <form onSubmit={submit} noValidate>
                <Stack>
                  <TextInput
                    label={t('auth.yourName')}
                    autoComplete="name"
                    required
                    data-testid="accept-name"
                    {...form.getInputProps('name')}
                  />
                  <PasswordInput
                    label={t('auth.newPassword')}
                    description={t('auth.newPasswordHelp')}
                    required
                    autoComplete="new-password"
                    data-testid="accept-password"
                    {...form.getInputProps('password')}
                  />
                  <Button type="submit" loading={saving} fullWidth data-testid="accept-submit">
                    {t('invitationAccept.createAndAccept')}
                  </Button>
                </Stack>
              </form>
            </>
          )}
          <Text size="xs" c="dimmed" ta="center">
            {t('auth.acceptExpires', { date: formatDate(inv.expiresAt, i18n.language) })}
          </Text>
        </Stack>
      )}
    </AuthLayout>
  );
}
