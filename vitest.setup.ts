/**
 * fast-check draws from a fixed seed in `npm test`, so a run's cases (and so its time and its
 * verdict) are the same on every machine; `npm run test:deep` (KSE_DEEP=1) draws fresh ones.
 */
import fc from 'fast-check';

if (process.env.KSE_DEEP !== '1') fc.configureGlobal({ seed: 20261206 });
