export { checkUbl, invoiceToUbl, UblRuleError, writeModel } from './build.js';
export { isEasScheme, MAX_PEPPOL_ID_LENGTH, parsePeppolId, partyAddress, VAT_NUMBER_SCHEMES } from './endpoints.js';
export { CUSTOMIZATION_ID, PROFILE_ID, pdfFileName, toModel, type UblModel } from './model.js';
export { checkModel, findEmptyElements } from './rules.js';
export type {
  ElectronicAddress,
  UblBuyer,
  UblFix,
  UblLine,
  UblProblem,
  UblSeller,
  UblSnapshot,
  UblVatRow,
} from './types.js';

/** The file name of a document's UBL: its number, like the PDF's. */
export const ublFileName = (number: string): string => `${number.replace(/[^A-Za-z0-9._-]+/g, '_')}.xml`;
