import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { describeError, formErrors, toApiError, type ApiError } from '../../lib/graphql-errors';
import { RESET_PASSWORD } from '../mail/mail-documents';
import { AuthLayout } from './AuthLayout';

/** The reset link's page: a new password, then signed in (every other session is signed out). */
export function ResetPasswordPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [reset, { loading }] = useMutation(RESET_PASSWORD);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: { confirm: (v, all) => (v === all.password ? null : t('mail.reset.mismatch')) },
  });

  const submit = form.onSubmit(async ({ password }) => {
    setProblem(null);
    try {
      await reset({ variables: { input: { token, password } } });
      // A full load: the new session starts with a clean cache and its own language.
      window.location.assign('/');
    } catch (err) {
      const api = toApiError(err);
      const { fields, showMessage } = formErrors(api, ['password']);
      form.setErrors(fields);
      setProblem(showMessage ? api : null);
    }
  });

  return (
    <AuthLayout>
      <Stack>
        <Title order={3}>{t('mail.reset.title')}</Title>
        {!token ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />}>
            {t('mail.reset.missingToken')}
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              {problem && (
                <Alert
                  color="red"
                  icon={<IconAlertCircle size={18} />}
                  role="alert"
                  data-testid="reset-error"
                  data-reason={problem.reason}
                >
                  {describeError(problem, i18n)}
                </Alert>
              )}
              <PasswordInput
                label={t('mail.reset.password')}
                autoComplete="new-password"
                autoFocus
                required
                data-testid="reset-password"
                {...form.getInputProps('password')}
              />
              <PasswordInput
                label={t('mail.reset.confirm')}
                autoComplete="new-password"
                required
                data-testid="reset-confirm"
                {...form.getInputProps('confirm')}
              />
              <Text size="xs" c="dimmed">
                {t('mail.reset.note')}
              </Text>
              <Button type="submit" loading={loading} fullWidth data-testid="reset-submit">
                {t('mail.reset.submit')}
              </Button>
            </Stack>
          </form>
        )}
        <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
          {t('mail.reset.askAgain')}
        </Anchor>
      </Stack>
    </AuthLayout>
  );
}
