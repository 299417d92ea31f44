/** The real module behind root-zone.ts: fetched as a chunk of its own. */
export * from '../../../model/dns/root-zone.ts';
