import { useMutation } from '@apollo/client/react';
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { type ApiError, fieldErrors, toApiError } from '../../lib/graphql-errors';

const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      me { user { id locale } }
    }
  }
`);

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [login, { loading }] = useMutation(LOGIN);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const form = useForm({ initialValues: { email: '', password: '' } });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await login({ variables: { input: values } });
      // A full load: the new session starts with a clean cache.
      window.location.assign(params.get('next') ?? '/');
    } catch (err) {
      const api = toApiError(err);
      form.setErrors(fieldErrors(api));
      setProblem(api);
    }
  });

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={400}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Title order={2}>✦ {t('auth.title')}</Title>
              <Text c="dimmed" size="sm">
                {t('auth.subtitle')}
              </Text>
            </div>
            {problem && !Object.keys(problem.fields).length && (
              <Alert
                color={problem.reason === 'TOO_MANY_ATTEMPTS' ? 'orange' : 'red'}
                icon={<IconLock size={16} />}
                title={problem.reason === 'TOO_MANY_ATTEMPTS' ? t('auth.locked') : undefined}
                data-testid="sign-in-error"
              >
                {problem.message}
              </Alert>
            )}
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              required
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label={t('auth.password')}
              autoComplete="current-password"
              required
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={loading} fullWidth>
              {t('auth.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
