/** The package behind yaml.ts: fetched as a chunk of its own. */
export * from 'yaml';
