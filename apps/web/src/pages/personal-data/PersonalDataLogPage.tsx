import { useQuery } from '@apollo/client/react';
import { Badge, Code, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/feedback';
import { appendNodes, LoadMoreButton } from '../../components/LoadMore';
import { graphql } from '../../gql';

const LOG = graphql(`
  query PersonalDataLog($after: String) {
    personalDataAccessLog(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id kind at userName detail filters rowCount }
    }
  }
`);

/** Every export and access of personal data in the store (owners). */
export function PersonalDataLogPage() {
  const { t, i18n } = useTranslation();
  const { data, error, fetchMore } = useQuery(LOG);
  const page = data?.personalDataAccessLog;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <Stack>
      <Title order={2}>{t('personalData.logTitle')}</Title>
      <Text c="dimmed">{t('personalData.logIntro')}</Text>
      {error && <ErrorAlert error={error} />}
      <Paper withBorder>
        <Table verticalSpacing="xs" data-testid="personal-data-log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('personalData.logWhen')}</Table.Th>
              <Table.Th>{t('personalData.logWho')}</Table.Th>
              <Table.Th>{t('personalData.logWhat')}</Table.Th>
              <Table.Th>{t('personalData.logFilters')}</Table.Th>
              <Table.Th ta="right">{t('personalData.logRows')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page?.nodes.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{when(e.at)}</Table.Td>
                <Table.Td>{e.userName}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`personalData.kind.${e.kind}`)}</Badge> {e.detail}
                </Table.Td>
                <Table.Td>{e.filters === '{}' ? '—' : <Code>{e.filters}</Code>}</Table.Td>
                <Table.Td ta="right">{e.rowCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {page?.totalCount === 0 && (
          <Text p="md" c="dimmed">
            {t('personalData.logEmpty')}
          </Text>
        )}
      </Paper>
      <LoadMoreButton
        pageInfo={page?.pageInfo}
        onLoad={(after) => fetchMore({ variables: { after }, updateQuery: appendNodes('personalDataAccessLog') })}
      />
    </Stack>
  );
}
