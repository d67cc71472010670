export { computeTransferFee } from './compute-transfer-fee.js';
export type {
  CorporateAction,
  NoCorporateAction,
  PendingCorporateAction,
  RecentCorporateAction,
} from './corporate-action.js';
export { decodeScaledUiAmountConfig } from './decode-scaled-ui-amount-config.js';
export { decodeToken2022Mint } from './decode-token-2022-mint.js';
export { fetchScaledUiAmountConfig } from './fetch-scaled-ui-amount-config.js';
export { type FetchedToken2022Mint, fetchToken2022Mint } from './fetch-token-2022-mint.js';
export { type GetCorporateActionOptions, getCorporateAction } from './get-corporate-action.js';
export { getEpochTransferFee } from './get-epoch-transfer-fee.js';
export { getMultiplier } from './get-multiplier.js';
export { rawToUiAmount } from './raw-to-ui-amount.js';
export type { ScaledUiAmountConfig } from './scaled-ui-amount-config.js';
export {
  getToken2022ExtensionName,
  type Token2022ExtensionName,
  Token2022ExtensionType,
} from './token-2022-extension-type.js';
export type {
  MetadataPointerConfig,
  MintExtensionEntry,
  PausableConfig,
  PermanentDelegateConfig,
  Token2022Mint,
  TransferFee,
  TransferFeeConfig,
} from './token-2022-mint.js';
export { uiToRawAmount } from './ui-to-raw-amount.js';
