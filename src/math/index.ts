export { fixedToNumber, rescale } from './fixed-point.js';
export { pow10 } from './pow10.js';
export { divRound, mulDiv, type Rounding } from './rounding.js';
