import { graphql } from '../../gql';

export const MY_MERCHANTS = graphql(`
  query MyMerchants {
    me { merchants { id legalName } }
  }
`);

export const MERCHANT_DASHBOARD = graphql(`
  query MerchantDashboard($id: ID!, $period: PeriodInput!, $compareTo: ComparePeriod!, $storeIds: [ID!], $granularity: Granularity!) {
    merchant(id: $id) {
      id
      legalName
      stores { id name slug currency tier included requiredTier }
      kpis(period: $period, compareTo: $compareTo, storeIds: $storeIds) {
        from to compareFrom compareTo storeIds
        currencies {
          currency
          netSales { value previous changePercent }
          grossSales { value previous changePercent }
          vat { value previous changePercent }
          orders { value previous changePercent }
          units { value previous changePercent }
          averageOrderValue { value previous changePercent }
          refunds { value previous changePercent }
          refundCount { value previous changePercent }
          creditNotes { value previous changePercent }
          creditNoteCount { value previous changePercent }
          returningCustomerShare { value previous changePercent }
          waitingOrders { value }
          waitingOver48h { value }
          letzshopUnconfirmedOverdue { value }
          overdueInvoices { value }
          overdueInvoiceCount { value }
          lowStockProducts { value }
        }
      }
      salesSeries(period: $period, granularity: $granularity, storeIds: $storeIds) { storeId currency start grossCents netCents orders }
      ordersByStatus(storeIds: $storeIds) { status count }
      topProducts(period: $period, by: REVENUE, limit: 10, storeIds: $storeIds) { productId storeId sku name currency units grossCents }
      storeTable(period: $period, compareTo: $compareTo) {
        storeId currency waitingOrders
        netSales { value previous changePercent }
        grossSales { value previous changePercent }
        orders { value previous changePercent }
        averageOrderValue { value }
      }
    }
  }
`);
