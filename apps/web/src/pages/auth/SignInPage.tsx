import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconClockPause } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { safeNext } from '../../app/session';
import { type ApiError, describeError, formErrors, toApiError } from '../../lib/graphql-errors';
import { AuthLayout } from './AuthLayout';
import { ErrorReason } from '../../gql/enums';
import { LOGIN } from './sign-in-documents';

const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const [login, { loading }] = useMutation(LOGIN);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const form = useForm({ initialValues: { email: '', password: '' } });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await login({ variables: { input: { email: values.email.trim(), password: values.password } } });
      // A full load: the new session starts with a clean cache and its own language.
      window.location.assign(safeNext(params.get('next')));
    } catch (err) {
      const api = toApiError(err);
      const { fields, showMessage } = formErrors(api, FIELDS);
      form.setErrors(fields);
      setProblem(showMessage ? api : null);
    }
  });

  const locked = problem?.reason === ErrorReason.TOO_MANY_ATTEMPTS;

  return (
    <AuthLayout>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3}>{t('auth.title')}</Title>
          {problem && (
            <Alert
              color={locked ? 'orange' : 'red'}
              variant={locked ? 'filled' : 'light'}
              icon={locked ? <IconClockPause size={18} /> : <IconAlertCircle size={18} />}
              title={locked ? t('auth.locked') : t('auth.failed')}
              data-testid="sign-in-error"
              data-reason={problem.reason}
              role="alert"
            >
              {describeError(problem, i18n)}
            </Alert>
          )}
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            autoFocus
            required
            data-testid="sign-in-email"
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            data-testid="sign-in-password"
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={loading} fullWidth mt="xs" data-testid="sign-in-submit">
            {t('auth.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm" ta="center" data-testid="forgot-password-link">
            {t('mail.forgot.link')}
          </Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
