import { graphql } from '../../gql';

export const THRESHOLD = graphql(`
  query VatThreshold {
    vatThreshold {
      year thresholdCents currentYearCents previousYearCents currentYearPercent previousYearPercent
      currentYearOutsideOrionCents previousYearOutsideOrionCents
      warning exceeded ossRegistered destinationVat message
    }
  }
`);
