import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconMailCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError, formErrors, toApiError, type ApiError } from '../../lib/graphql-errors';
import { REQUEST_PASSWORD_RESET } from '../mail/mail-documents';
import { AuthLayout } from './AuthLayout';

/** "Forgot password?": asks for a reset link. The answer never says whether the address has an account. */
export function ForgotPasswordPage() {
  const { t, i18n } = useTranslation();
  const [request, { loading }] = useMutation(REQUEST_PASSWORD_RESET);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const form = useForm({ initialValues: { email: '' } });

  const submit = form.onSubmit(async ({ email }) => {
    setProblem(null);
    try {
      await request({ variables: { input: { email: email.trim() } } });
      setSentTo(email.trim());
    } catch (err) {
      const api = toApiError(err);
      const { fields, showMessage } = formErrors(api, ['email']);
      form.setErrors(fields);
      setProblem(showMessage ? api : null);
    }
  });

  const retryMinutes = Math.max(1, Math.ceil(Number(problem?.extensions?.retryAfterSeconds ?? 60) / 60));
  return (
    <AuthLayout>
      <Stack>
        <Title order={3}>{t('mail.forgot.title')}</Title>
        {sentTo ? (
          <Alert color="green" icon={<IconMailCheck size={18} />} data-testid="forgot-sent">
            {t('mail.forgot.sent', { email: sentTo })}
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <Text size="sm" c="dimmed">
                {t('mail.forgot.intro')}
              </Text>
              {problem && (
                <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="forgot-error">
                  {problem.reason === 'TOO_MANY_ATTEMPTS'
                    ? t('mail.forgot.throttled', { minutes: retryMinutes })
                    : describeError(problem, i18n)}
                </Alert>
              )}
              <TextInput
                label={t('auth.email')}
                type="email"
                autoComplete="username"
                autoFocus
                required
                data-testid="forgot-email"
                {...form.getInputProps('email')}
              />
              <Button type="submit" loading={loading} fullWidth data-testid="forgot-submit">
                {t('mail.forgot.submit')}
              </Button>
            </Stack>
          </form>
        )}
        <Anchor component={Link} to="/sign-in" size="sm" ta="center">
          {t('mail.forgot.back')}
        </Anchor>
      </Stack>
    </AuthLayout>
  );
}
