/**
 * Which module each of the embed worker's stand-ins replaces in that worker's bundle (vite.config.ts,
 * `lazyModulesInEmbedWorker`), by path from the repository root; `yaml` is the package. Every other
 * bundle, the explorer's model worker included, keeps the real modules. Plain data, so that the
 * Vite config and the tests read the same list. Each stand-in's part fetches the real modules
 * through its `*-real.ts` file, which lists them; a stand-in in LEFT_OUT fetches nothing.
 */
export const EMBED_STAND_INS: Readonly<Record<string, string>> = {
  yaml: 'src/worker/embed/lazy/yaml.ts',
  'src/model/gateway/kinds.ts': 'src/worker/embed/lazy/gateway.ts',
  'src/model/gateway/admit.ts': 'src/worker/embed/lazy/gateway.ts',
  'src/model/gateway/notes.ts': 'src/worker/embed/lazy/gateway.ts',
  'src/model/traffic/gateway-path.ts': 'src/worker/embed/lazy/gateway.ts',
  'src/model/events/pod-events.ts': 'src/worker/embed/lazy/events.ts',
  'src/model/events/node-events.ts': 'src/worker/embed/lazy/events.ts',
  'src/model/events/scale.ts': 'src/worker/embed/lazy/events.ts',
  'src/model/dns/root-zone.ts': 'src/worker/embed/lazy/root-zone.ts',
  'src/model/diagnose/index.ts': 'src/worker/embed/lazy/no-findings.ts',
};

/** Stand-ins for what the embed never needs: what they replace is left out of its worker altogether. */
export const LEFT_OUT: ReadonlySet<string> = new Set(['src/worker/embed/lazy/no-findings.ts']);
