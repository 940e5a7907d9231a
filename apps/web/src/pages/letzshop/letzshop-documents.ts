import { graphql } from '../../gql';

export const RUN_FIELDS = graphql(`
  fragment LetzshopRunFields on LetzshopSyncRun {
    id kind trigger status createdAt startedAt finishedAt pages fetched created updated unchanged failed waiting error problems
  }
`);

export const LETZSHOP_STATUS = graphql(`
  query LetzshopStatus {
    letzshopStatus {
      connected waitingOrders
      activeRun { ...LetzshopRunFields }
      lastRun { ...LetzshopRunFields }
    }
  }
`);

export const LETZSHOP_PAGE = graphql(`
  query LetzshopPage {
    letzshopSettings { id apiKeyLast4 endpointUrl autoSync syncIntervalMinutes defaultCarrier lastSyncedAt }
    letzshopSyncRuns(first: 20) { ...LetzshopRunFields }
  }
`);

export const UPDATE_SETTINGS = graphql(`
  mutation UpdateLetzshopSettings($input: UpdateLetzshopSettingsInput!) {
    updateLetzshopSettings(input: $input) { id apiKeyLast4 endpointUrl autoSync syncIntervalMinutes defaultCarrier }
  }
`);

export const TEST_CONNECTION = graphql(`
  mutation TestLetzshopConnection($input: TestLetzshopConnectionInput) {
    testLetzshopConnection(input: $input) { ok message }
  }
`);

export const START_SYNC = graphql(`
  mutation StartLetzshopSync($input: StartLetzshopSyncInput) {
    startLetzshopSync(input: $input) { ...LetzshopRunFields }
  }
`);

export const DECIDE = graphql(`
  mutation DecideLetzshopItems($input: DecideLetzshopItemsInput!) {
    decideLetzshopItems(input: $input) {
      order { id status externalState totalCents lines { id quantity itemState letzshopUnits { id state } } }
      refused { unitId code message }
    }
  }
`);

export const TRACK = graphql(`
  mutation SetLetzshopTracking($input: SetLetzshopTrackingInput!) {
    setLetzshopTracking(input: $input) {
      order { id status carrier trackingNumber }
      refused { unitId code message }
    }
  }
`);

export const RETURN_ITEMS = graphql(`
  mutation ReturnLetzshopItems($input: ReturnLetzshopItemsInput!) {
    returnLetzshopItems(input: $input) {
      order { id status lines { id quantity itemState letzshopUnits { id state } } }
      refused { unitId code message }
    }
  }
`);
