/**
 * `kse render`: the cluster graph as a standalone diagram, the same picture the explorer draws:
 * SVG (the default), PNG rasterized from that SVG by resvg, or Mermaid flowchart text.
 */
import type { Cluster } from '../../model/index.ts';
import { EXIT_FAILURE, EXIT_OK, EVENTS_FLAG, INPUT_FLAG, KUBE_VERSION_FLAG, GATEWAY_API_FLAG, FILENAME_FLAG, HELP_FLAG, loadCluster, NAMESPACE_FLAG, usageError, type Command } from '../command.ts';
import { flagValue } from '../flags.ts';
import type { CliIO } from '../io.ts';

const FORMATS = ['svg', 'png', 'mermaid'] as const;
type Format = (typeof FORMATS)[number];

const EXTENSIONS: Readonly<Record<string, Format>> = { svg: 'svg', png: 'png', mmd: 'mermaid', mermaid: 'mermaid' };

/** The PNG is drawn at twice the SVG's size, sharp on high-density screens and in slides. */
const PNG_SCALE = 2;

function formatOf(flag: string | undefined, output: string | undefined): Format | undefined {
  if (flag !== undefined) return FORMATS.find((format) => format === flag.toLowerCase());
  const extension = output?.match(/\.([^./\\]+)$/)?.[1]?.toLowerCase();
  return (extension === undefined ? undefined : EXTENSIONS[extension]) ?? 'svg';
}

const hasService = (cluster: Cluster, namespace: string, name: string): boolean =>
  cluster.services.some((entry) => entry.object.metadata?.namespace === namespace && entry.object.metadata.name === name);

async function toPng(svg: string): Promise<{ ok: true; png: Uint8Array } | { ok: false; error: string }> {
  try {
    const { Resvg } = await import('@resvg/resvg-js');
    return { ok: true, png: new Resvg(svg, { fitTo: { mode: 'zoom', value: PNG_SCALE } }).render().asPng() };
  } catch (error) {
    // Its native binary is prebuilt per platform; where none loads, SVG and Mermaid still work.
    return { ok: false, error: `PNG output needs @resvg/resvg-js, which could not run here (${String(error)}); use --format svg` };
  }
}

async function emit(io: CliIO, output: string | undefined, data: string | Uint8Array): Promise<number> {
  if (output === undefined || output === '-') {
    io.stdout(typeof data === 'string' ? data : '');
    return EXIT_OK;
  }
  try {
    await io.writeFile(output, data);
    return EXIT_OK;
  } catch (error) {
    io.stderr(`error: cannot write "${output}": ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

export const renderCommand: Command = {
  name: 'render',
  summary: 'Draw the Services as a standalone diagram: SVG, PNG or Mermaid',
  usage: 'render [--service NS/NAME] [--format svg|png|mermaid] [--theme light|dark] [-o OUT] -f FILE|DIR|-',
  flags: [
    FILENAME_FLAG,
    EVENTS_FLAG,
    INPUT_FLAG,
    KUBE_VERSION_FLAG,
    GATEWAY_API_FLAG,
    { long: 'service', kind: 'string', value: 'NS/NAME', help: 'only this Service\'s path (NAME alone is in the namespace of -n, default "default")' },
    NAMESPACE_FLAG,
    { long: 'format', kind: 'string', value: 'FORMAT', help: 'svg, png or mermaid (default: from the extension of -o, else svg)' },
    { long: 'theme', kind: 'string', value: 'THEME', help: 'the SVG and PNG colours: light (default) or dark' },
    { long: 'output', short: 'o', kind: 'string', value: 'OUT', help: 'the file to write; - or none prints SVG and Mermaid to stdout (PNG needs a file)' },
    HELP_FLAG,
  ],
  examples: ['kse render -f manifests/ -o services.svg', 'kse render --service shop/web -o web.png -f manifests/', 'kse render --format mermaid -f manifests/'],
  run: async (args, io) => {
    if (args.positionals.length > 0) return usageError(io, 'render', `unexpected argument "${args.positionals[0] ?? ''}"`);
    const output = flagValue(args, 'output');
    const format = formatOf(flagValue(args, 'format'), output);
    if (format === undefined) return usageError(io, 'render', `unknown format "${flagValue(args, 'format') ?? ''}", allowed: ${FORMATS.join(', ')}`);
    if (format === 'png' && (output === undefined || output === '-')) return usageError(io, 'render', 'PNG output needs a file: -o OUT.png');
    const theme = flagValue(args, 'theme') ?? 'light';
    if (theme !== 'light' && theme !== 'dark') return usageError(io, 'render', `unknown theme "${theme}", allowed: light, dark`);
    const serviceFlag = flagValue(args, 'service');
    const [namespace, name] = serviceFlag?.includes('/') === true ? serviceFlag.split('/', 2) : [flagValue(args, 'namespace') ?? 'default', serviceFlag];
    const loaded = await loadCluster(args, io);
    if (!loaded.ok) return loaded.exitCode;
    if (name !== undefined && !hasService(loaded.cluster, namespace ?? '', name)) {
      io.stderr(`Error from server (NotFound): services "${name}" not found\n`);
      return EXIT_FAILURE;
    }
    const { toGraph } = await import('../../present/graph/index.ts');
    const graph = toGraph(loaded.cluster, name === undefined ? {} : { service: `${namespace ?? ''}/${name}` });
    if (format === 'mermaid') {
      const { toMermaid } = await import('../../present/mermaid/index.ts');
      return emit(io, output, toMermaid(graph));
    }
    const { renderSvg } = await import('../../present/svg/index.ts');
    const svg = renderSvg(graph, { theme, title: name === undefined ? 'Kubernetes Services' : `Service ${namespace ?? ''}/${name}` });
    if (format === 'svg') return emit(io, output, svg);
    const png = await toPng(svg);
    if (!png.ok) {
      io.stderr(`error: ${png.error}\n`);
      return EXIT_FAILURE;
    }
    return emit(io, output, png.png);
  },
};
