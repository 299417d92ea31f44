/**
 * The DNS root zone's list of top-level domains, fetched only when a build asks it (part.ts): only
 * a one-label name that matched nothing in the cluster goes there (dns/serve.ts), which the
 * embed's first packet never sends. In the embed's worker this module stands in for
 * src/model/dns/root-zone.ts (stand-ins.ts).
 */
import type * as RootZone from './root-zone-real.ts';
import { lazyPart } from './part.ts';

export const ROOT_ZONE_PART = lazyPart<typeof RootZone>('the DNS root zone', () => import('./root-zone-real.ts'));

export const isTopLevelDomain: typeof RootZone.isTopLevelDomain = (label) => ROOT_ZONE_PART.real().isTopLevelDomain(label);
