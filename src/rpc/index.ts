export { type AccountBytes, type AccountInfoRpc, fetchAccountData } from './fetch-account-data.js';
export {
  KLEND_PROGRAM_ID,
  PYTH_PUSH_ORACLE_PROGRAM_ID,
  PYTH_RECEIVER_PROGRAM_ID,
  SCOPE_PROGRAM_ID,
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
} from './program-ids.js';
