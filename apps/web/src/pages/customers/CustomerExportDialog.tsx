import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getActiveStoreId } from '../../app/store-context';
import { useSession } from '../../app/session';
import { CountrySelect } from '../../components/CountrySelect';
import { useSafeDownload } from '../../components/useSafeDownload';
import { downloadUrl } from '../../lib/download';

type Preset = 'mailchimp' | 'full' | 'excel';
interface Preview {
  rows: number;
  leftOut: { reason: string; count: number }[];
  streamMaxRows: number;
}

/** The export dialog: preset, filters and, for merchant owners, every store of the merchant. */
export function CustomerExportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { active } = useSession();
  const safeDownload = useSafeDownload();
  const [preset, setPreset] = useState<Preset>('excel');
  const [consent, setConsent] = useState<string | null>(null);
  const [tag, setTag] = useState('');
  const [business, setBusiness] = useState<string>('any');
  const [country, setCountry] = useState<string | null>(null);
  const [minOrders, setMinOrders] = useState<number | string>('');
  const [minSpent, setMinSpent] = useState<number | string>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [allConsent, setAllConsent] = useState(false);
  const [merchantWide, setMerchantWide] = useState(false);
  const query = useMemo(() => {
    const q = new URLSearchParams({ preset });
    if (consent) q.set('consent', consent);
    if (tag.trim()) q.set('tag', tag.trim());
    if (business !== 'any') q.set('business', business);
    if (country) q.set('country', country);
    if (minOrders !== '') q.set('minOrders', String(minOrders));
    if (minSpent !== '') q.set('minSpent', String(minSpent));
    if (from) q.set('lastOrderFrom', from);
    if (to) q.set('lastOrderTo', to);
    if (preset === 'mailchimp' && allConsent) q.set('allConsent', 'true');
    if (merchantWide) q.set('scope', 'merchant');
    return q.toString();
  }, [preset, consent, tag, business, country, minOrders, minSpent, from, to, allConsent, merchantWide]);
  const [debounced] = useDebouncedValue(query, 300);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!opened) return;
    let gone = false;
    fetch(`/api/customers/export/preview?${debounced}`, {
      credentials: 'same-origin',
      headers: { 'x-store-id': getActiveStoreId() ?? '' },
    })
      .then(async (res) => {
        const body = (await res.json()) as any;
        if (gone) return;
        if (res.ok) {
          setPreview(body);
          setProblem(null);
        } else {
          setPreview(null);
          setProblem(body?.error?.reason ? String(t(`errors.${body.error.reason}`, body.error)) : t('common.error'));
        }
      })
      .catch(() => !gone && setProblem(t('common.error')));
    return () => {
      gone = true;
    };
  }, [debounced, opened, t]);
  return (
    <Modal opened={opened} onClose={onClose} title={t('personalData.exportTitle')} size="lg">
      <Stack>
        <SegmentedControl
          value={preset}
          onChange={(v) => setPreset(v as Preset)}
          data={(['excel', 'mailchimp', 'full'] as const).map((p) => ({
            value: p,
            label: t(`personalData.preset.${p}`),
          }))}
          data-testid="export-preset"
        />
        <Text size="sm" c="dimmed">
          {t(`personalData.presetHelp.${preset}`)}
        </Text>
        <Group grow>
          <Select
            label={t('personalData.consentLabel')}
            clearable
            placeholder={t('personalData.any')}
            data={['subscribed', 'unsubscribed', 'not_asked'].map((v) => ({
              value: v,
              label: t(`personalData.consent.${v.toUpperCase()}`),
            }))}
            value={consent}
            onChange={setConsent}
          />
          <TextInput
            label={t('personalData.tagLabel')}
            value={tag}
            onChange={(e) => setTag(e.currentTarget.value)}
            maxLength={100}
          />
        </Group>
        <Group grow>
          <Select
            label={t('personalData.buyerKind')}
            allowDeselect={false}
            data={[
              { value: 'any', label: t('personalData.any') },
              { value: 'true', label: t('personalData.business') },
              { value: 'false', label: t('personalData.consumer') },
            ]}
            value={business}
            onChange={(v) => setBusiness(v ?? 'any')}
          />
          <CountrySelect clearable value={country} onChange={setCountry} />
        </Group>
        <Group grow>
          <NumberInput
            label={t('personalData.minOrders')}
            min={0}
            max={100000}
            allowDecimal={false}
            clampBehavior="none"
            value={minOrders}
            onChange={setMinOrders}
          />
          <NumberInput
            label={t('personalData.minSpent')}
            min={0}
            decimalScale={2}
            decimalSeparator=","
            clampBehavior="none"
            value={minSpent}
            onChange={setMinSpent}
          />
        </Group>
        <Group grow>
          <TextInput
            type="date"
            label={t('personalData.lastOrderFrom')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('personalData.lastOrderTo')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
        </Group>
        {preset === 'mailchimp' && (
          <Switch
            label={t('personalData.allConsent')}
            checked={allConsent}
            onChange={(e) => setAllConsent(e.currentTarget.checked)}
          />
        )}
        {active?.merchantOwner && (
          <Switch
            label={t('personalData.merchantWide')}
            checked={merchantWide}
            onChange={(e) => setMerchantWide(e.currentTarget.checked)}
            data-testid="export-merchant-wide"
          />
        )}
        {problem && <Alert color="red">{problem}</Alert>}
        {preview && (
          <Stack gap={4} data-testid="export-preview">
            <Text size="sm">{t('personalData.rows', { count: preview.rows })}</Text>
            {preview.leftOut.map((l) => (
              <Text size="sm" c="dimmed" key={l.reason}>
                {t(`personalData.leftOut.${l.reason}`, { count: l.count })}
              </Text>
            ))}
            {preview.rows > preview.streamMaxRows && (
              <Text size="sm" c="dimmed">
                {t('personalData.large', { max: preview.streamMaxRows })}
              </Text>
            )}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button
            component="a"
            href={downloadUrl(`/api/customers/export.csv?${query}`)}
            onClick={safeDownload}
            leftSection={<IconDownload size={16} />}
            disabled={!!problem}
            data-testid="export-download"
          >
            {t('personalData.download')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
