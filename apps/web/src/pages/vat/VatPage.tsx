import { Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { GoodsKindReadiness } from './GoodsKindReadiness';
import { OssReportPanel } from './OssReportPanel';
import { OssSettingsPanel } from './OssSettingsPanel';
import { RatesBrowser } from './RatesBrowser';
import { ThresholdMeter } from './ThresholdMeter';

/** EU VAT: OSS settings and the threshold meter, the rate table, the OSS quarterly report. */
export function VatPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [tab, setTab] = useState<string | null>(can('SETTINGS_READ') ? 'settings' : 'rates');
  return (
    <Stack>
      <Title order={2}>{t('vat.title')}</Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="settings" data-testid="vat-tab-settings">
            {t('vat.tabs.settings')}
          </Tabs.Tab>
          <Tabs.Tab value="rates" data-testid="vat-tab-rates">
            {t('vat.tabs.rates')}
          </Tabs.Tab>
          <Tabs.Tab value="report" data-testid="vat-tab-report">
            {t('vat.tabs.report')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="settings" pt="md">
          <Stack>
            {can('SETTINGS_READ') && <OssSettingsPanel />}
            <ThresholdMeter canWrite={can('SETTINGS_WRITE')} />
            {can('PRODUCTS_READ') && <GoodsKindReadiness canWrite={can('PRODUCTS_WRITE')} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="rates" pt="md">
          <RatesBrowser />
        </Tabs.Panel>
        <Tabs.Panel value="report" pt="md">
          <OssReportPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
