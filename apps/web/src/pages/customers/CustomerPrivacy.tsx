import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Select, Stack, TagsInput, Text, Title } from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorAlert } from '../../components/feedback';
import { useSafeDownload } from '../../components/useSafeDownload';
import { ConsentSource, ConsentStatus } from '../../gql/enums';
import { downloadUrl } from '../../lib/download';
import { formatDate } from '../../lib/money';
import { ERASE_CUSTOMER, UPDATE_CUSTOMER_CONSENT_TAGS } from './customer-detail-documents';

const CONSENT_COLOR: Record<ConsentStatus, string> = {
  [ConsentStatus.SUBSCRIBED]: 'teal',
  [ConsentStatus.UNSUBSCRIBED]: 'gray',
  [ConsentStatus.NOT_ASKED]: 'yellow',
};

export function ConsentBadge({ status }: { status: ConsentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={CONSENT_COLOR[status]} variant="light" data-testid="consent-badge">
      {t(`personalData.consent.${status}`)}
    </Badge>
  );
}

interface Props {
  customer: {
    id: string;
    name: string;
    erasedAt?: string | null;
    consentStatus: ConsentStatus;
    consentSource?: ConsentSource | null;
    consentChangedAt?: string | null;
    tags: string[];
    consentHistory: { status: ConsentStatus; source: ConsentSource; changedAt: string; recordedBy?: string | null }[];
  };
}

/** Consent, tags, the access-request ZIP and erasure on the customer page. */
export function CustomerPrivacy({ customer: c }: Props) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const safeDownload = useSafeDownload();
  const [status, setStatus] = useState<ConsentStatus>(c.consentStatus);
  const [source, setSource] = useState<ConsentSource | null>(null);
  const [tags, setTags] = useState<string[]>(c.tags);
  const [save, saving] = useMutation(UPDATE_CUSTOMER_CONSENT_TAGS);
  const [erase, erasing] = useMutation(ERASE_CUSTOMER);
  const [erased, setErased] = useState<{ ordersAnonymised: number; invoicesKept: number } | null>(null);
  const writable = can('CUSTOMERS_WRITE') && !c.erasedAt;
  const consentChanged = status !== c.consentStatus;
  const dirty = consentChanged || tags.join('\n') !== c.tags.join('\n');
  const onSave = () =>
    save({
      variables: {
        i: { id: c.id, tags, ...(consentChanged && source ? { consent: { status, source } } : {}) },
      },
    }).catch(() => undefined);
  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>{t('personalData.title')}</Title>
        {c.erasedAt && (
          <Alert color="gray" data-testid="customer-erased">
            {t('personalData.erasedOn', { date: formatDate(c.erasedAt, i18n.language) })}
          </Alert>
        )}
        {erased && (
          <Alert color="teal" data-testid="erasure-result">
            {t('personalData.erasureDone', { orders: erased.ordersAnonymised, invoices: erased.invoicesKept })}
          </Alert>
        )}
        <Group align="end">
          <Select
            label={t('personalData.consentLabel')}
            data={Object.values(ConsentStatus).map((v) => ({ value: v, label: t(`personalData.consent.${v}`) }))}
            value={status}
            onChange={(v) => v && setStatus(v as ConsentStatus)}
            allowDeselect={false}
            disabled={!writable}
            data-testid="consent-status"
          />
          {consentChanged && (
            <Select
              label={t('personalData.sourceLabel')}
              placeholder={t('personalData.sourcePlaceholder')}
              data={Object.values(ConsentSource)
                .filter((v) => v !== ConsentSource.ERASURE && v !== ConsentSource.LETZSHOP_CHECKOUT)
                .map((v) => ({ value: v, label: t(`personalData.source.${v}`) }))}
              value={source}
              onChange={(v) => setSource(v as ConsentSource | null)}
              data-testid="consent-source"
            />
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {c.consentChangedAt
            ? t('personalData.lastChange', {
                date: formatDate(c.consentChangedAt, i18n.language),
                source: c.consentSource ? t(`personalData.source.${c.consentSource}`) : '—',
              })
            : t('personalData.neverRecorded')}
        </Text>
        <TagsInput
          label={t('personalData.tagsLabel')}
          description={t('personalData.tagsHelp')}
          value={tags}
          onChange={setTags}
          maxLength={100}
          splitChars={[',']}
          disabled={!writable}
          data-testid="customer-tags"
        />
        {saving.error && <ErrorAlert error={saving.error} />}
        {writable && (
          <Group>
            <Button
              onClick={onSave}
              loading={saving.loading}
              disabled={!dirty || (consentChanged && !source)}
              data-testid="save-consent-tags"
            >
              {t('personalData.save')}
            </Button>
          </Group>
        )}
        {c.consentHistory.length > 0 && (
          <Stack gap={2} data-testid="consent-history">
            <Text size="sm" fw={600}>
              {t('personalData.history')}
            </Text>
            {c.consentHistory.map((e) => (
              <Text size="sm" key={`${e.changedAt}-${e.status}`}>
                {formatDate(e.changedAt, i18n.language)} · {t(`personalData.consent.${e.status}`)} ·{' '}
                {t(`personalData.source.${e.source}`)}
                {e.recordedBy ? ` · ${e.recordedBy}` : ''}
              </Text>
            ))}
          </Stack>
        )}
        <Group>
          {can('CUSTOMERS_EXPORT') && (
            <Button
              component="a"
              href={downloadUrl(`/api/customers/${c.id}/personal-data.zip`)}
              onClick={safeDownload}
              variant="default"
              leftSection={<IconDownload size={16} />}
              data-testid="access-request-zip"
            >
              {t('personalData.accessZip')}
            </Button>
          )}
          {can('CUSTOMERS_ERASE') && !c.erasedAt && (
            <ConfirmAction
              title={t('personalData.eraseTitle', { name: c.name })}
              message={t('personalData.eraseMessage')}
              confirmLabel={t('personalData.eraseConfirm')}
              testId="erase-customer"
              buttonProps={{ variant: 'light', leftSection: <IconTrash size={16} /> }}
              onConfirm={async () => {
                const r = await erase({ variables: { id: c.id } }).catch(() => null);
                if (r?.data) setErased(r.data.eraseCustomer);
              }}
            >
              {t('personalData.erase')}
            </ConfirmAction>
          )}
        </Group>
        {erasing.error && <ErrorAlert error={erasing.error} />}
      </Stack>
    </Card>
  );
}
