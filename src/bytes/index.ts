export { ByteReader } from './byte-reader.js';
