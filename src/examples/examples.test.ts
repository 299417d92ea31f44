import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { hasGuide, NO_GUIDE, readGuide } from '../../testing/shared.ts';
import { EXAMPLE_GROUPS, EXAMPLES, type ExampleInfo } from './index.ts';

type Doc = Readonly<Record<string, unknown>>;

const folder = fileURLToPath(new URL('.', import.meta.url));

const yamlFiles = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();
const read = (file: string): string => readFileSync(`${folder}${file}`, 'utf8');

/** The guide's manifests: fenced ```yaml blocks at the start of a line (indented ones are fragments). */
const guideBlocks: readonly string[] = [...readGuide().matchAll(/^```yaml\n([\s\S]*?)\n```$/gm)].map(
  (match) => match[1] ?? '',
);

const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (value: unknown, ...path: readonly string[]): unknown =>
  path.reduce<unknown>((at, key) => (isDoc(at) ? at[key] : undefined), value);
const docsOf = (value: unknown): readonly Doc[] => (Array.isArray(value) ? value.filter(isDoc) : []);
const stringMap = (value: unknown): Readonly<Record<string, string>> =>
  isDoc(value) ? Object.fromEntries(Object.entries(value).map(([key, v]) => [key, String(v)])) : {};

/** Every API object of a file, in order, with `kind: List` unpacked as kubectl apply unpacks it. */
function objectsOf(file: string): readonly Doc[] {
  return loadAll(read(file))
    .filter(isDoc)
    .flatMap((doc) => (doc.kind === 'List' ? docsOf(doc.items) : [doc]));
}

/** apiVersion each kind is served at by a v1.31 API server. */
const SERVED: Readonly<Record<string, string>> = {
  Namespace: 'v1',
  Node: 'v1',
  Pod: 'v1',
  Service: 'v1',
  Endpoints: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  EndpointSlice: 'discovery.k8s.io/v1',
  Ingress: 'networking.k8s.io/v1',
  IngressClass: 'networking.k8s.io/v1',
  // With the Gateway API CRDs (v1.6.1, standard channel) installed: ReferenceGrant is v1beta1 there.
  GatewayClass: 'gateway.networking.k8s.io/v1',
  Gateway: 'gateway.networking.k8s.io/v1',
  HTTPRoute: 'gateway.networking.k8s.io/v1',
  ReferenceGrant: 'gateway.networking.k8s.io/v1beta1',
};
const CLUSTER_SCOPED = new Set(['Namespace', 'Node', 'IngressClass', 'GatewayClass']);

// k8s.io/apimachinery/pkg/util/validation: IsDNS1123Label, IsDNS1035Label, IsDNS1123Subdomain.
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** pkg/apis/core/validation: Service names are DNS-1035 labels, Namespaces DNS-1123 labels, most others subdomains. */
function isValidName(kind: string, name: string): boolean {
  if (kind === 'Service') return name.length <= 63 && DNS1035_LABEL.test(name);
  if (kind === 'Namespace') return name.length <= 63 && DNS1123_LABEL.test(name);
  return name.length <= 253 && DNS1123_SUBDOMAIN.test(name);
}

/** metadata.namespace, or `default` where the manifest leaves it out (kubectl's default namespace). */
function namespaceOf(object: unknown): string {
  const namespace = field(object, 'metadata', 'namespace');
  return typeof namespace === 'string' ? namespace : 'default';
}

/** The Pod templates of a file (and bare Pods), with their namespace, labels and container ports. */
interface PodShape {
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly ports: readonly { readonly name?: string; readonly containerPort: number }[];
}
function podShapesOf(objects: readonly Doc[]): readonly PodShape[] {
  return objects.flatMap((object): PodShape[] => {
    const namespace = namespaceOf(object);
    const meta = object.kind === 'Pod' ? field(object, 'metadata') : field(object, 'spec', 'template', 'metadata');
    const spec = object.kind === 'Pod' ? field(object, 'spec') : field(object, 'spec', 'template', 'spec');
    if (!['Pod', 'Deployment', 'StatefulSet'].includes(String(object.kind))) return [];
    const ports = docsOf(field(spec, 'containers')).flatMap((container) =>
      docsOf(container.ports).map((port) => ({
        ...(typeof port.name === 'string' ? { name: port.name } : {}),
        containerPort: Number(port.containerPort),
      })),
    );
    return [{ namespace, labels: stringMap(field(meta, 'labels')), ports }];
  });
}

const selects = (selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean =>
  Object.entries(selector).every(([key, value]) => labels[key] === value);

/** True when the text holds the block as one whole YAML document (between `---` lines or file ends). */
function holdsDocument(text: string, block: string): boolean {
  const framed = `---\n${text.endsWith('\n') ? text : `${text}\n`}---\n`;
  return framed.includes(`---\n${block}\n---\n`);
}

const guideExamples = EXAMPLES.filter((example) => example.guideSection !== undefined);

describe('catalogue', () => {
  it('lists exactly the YAML files of the folder, once each', () => {
    expect(EXAMPLES.map((example) => example.file).sort()).toEqual(yamlFiles);
  });

  it.each(EXAMPLES.map((example) => [example.id, example] as const))('%s: id is the file name, summary one sentence', (_id, example) => {
    expect(`${example.id}.yaml`).toBe(example.file);
    expect(example.title.length).toBeGreaterThan(0);
    expect(example.summary).toMatch(/^[^\n]+\.$/);
    expect(example.summary).not.toMatch(/\.\s/);
  });

  it.skipIf(!hasGuide)(`names guide examples guide-NN-* in guide order, and only those have a guideSection${hasGuide ? '' : ` (${NO_GUIDE})`}`, () => {
    expect(guideExamples.map((example) => example.file.slice(0, 9))).toEqual(
      guideBlocks.map((_block, i) => `guide-${String(i + 1).padStart(2, '0')}-`),
    );
    for (const example of EXAMPLES) {
      expect(example.file.startsWith('guide-')).toBe(example.guideSection !== undefined);
      expect(example.file.startsWith('scenario-')).toBe(example.serviceType === 'Scenario');
    }
  });
});

describe.skipIf(!hasGuide)(`gallery groups${hasGuide ? '' : ` (${NO_GUIDE})`}`, () => {
  const guide = readGuide().replace(/\*\*|`/g, '');

  it('give every example a group, and every group but the scenarios a line of the guide, quoted verbatim', () => {
    const types = new Set(EXAMPLE_GROUPS.map((group) => group.type));
    for (const example of EXAMPLES) expect(types).toContain(example.serviceType);
    for (const group of EXAMPLE_GROUPS.filter((g) => g.type !== 'Scenario')) expect(guide).toContain(group.guideLine);
  });
});

describe.skipIf(!hasGuide)(`guide manifests${hasGuide ? '' : ` (${NO_GUIDE})`}`, () => {
  it('finds the 13 manifests of the guide', () => {
    expect(guideBlocks).toHaveLength(13);
  });

  it.each(guideExamples.map((example, i) => [example.file, guideBlocks[i] ?? ''] as const))(
    '%s holds its guide manifest verbatim, as a whole document',
    (file, block) => {
      expect(holdsDocument(read(file), block)).toBe(true);
      const guideObject = load(block);
      expect(objectsOf(file)).toContainEqual(guideObject);
    },
  );
});

describe.each(EXAMPLES.map((example) => [example.file, example] as const))('%s', (file: string, example: ExampleInfo) => {
  const objects = objectsOf(file);

  it('parses into API objects of kinds and versions a v1.31 API server serves', () => {
    expect(objects.length).toBeGreaterThan(0);
    for (const object of objects) {
      const kind = String(object.kind);
      expect(SERVED[kind], `${kind} is not an expected kind`).toBeDefined();
      expect(object.apiVersion).toBe(SERVED[kind]);
    }
  });

  it('has valid names, and no uid or resourceVersion (refused on create)', () => {
    for (const object of objects) {
      const kind = String(object.kind);
      const name = String(field(object, 'metadata', 'name'));
      expect(isValidName(kind, name), `${kind} ${name}`).toBe(true);
      expect(field(object, 'metadata', 'uid')).toBeUndefined();
      expect(field(object, 'metadata', 'resourceVersion')).toBeUndefined();
    }
  });

  it('names container ports as IANA service names (validation.IsValidPortName)', () => {
    for (const pod of podShapesOf(objects)) {
      for (const { name } of pod.ports) {
        if (name === undefined) continue;
        expect(name.length, name).toBeLessThanOrEqual(15);
        expect(name, name).toMatch(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/);
        expect(name, name).toMatch(/[a-z]/);
        expect(name, name).not.toContain('--');
      }
    }
  });

  it('creates each Namespace before the objects in it, as kubectl apply -f needs', () => {
    const declared = new Set(['default']);
    for (const object of objects) {
      const kind = String(object.kind);
      const namespace = field(object, 'metadata', 'namespace');
      if (kind === 'Namespace') declared.add(String(field(object, 'metadata', 'name')));
      if (CLUSTER_SCOPED.has(kind)) {
        expect(namespace, `${kind} is cluster-scoped`).toBeUndefined();
      } else {
        expect(declared.has(String(namespace)), `${kind} in ${String(namespace)}`).toBe(true);
      }
    }
  });

  it('gives every workload a selector that matches its Pod template (apps/v1 requires it)', () => {
    for (const object of objects.filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet')) {
      const matchLabels = stringMap(field(object, 'spec', 'selector', 'matchLabels'));
      expect(Object.keys(matchLabels).length).toBeGreaterThan(0);
      expect(selects(matchLabels, stringMap(field(object, 'spec', 'template', 'metadata', 'labels')))).toBe(true);
    }
  });

  it('binds every StatefulSet to a headless Service of its namespace', () => {
    for (const object of objects.filter((o) => o.kind === 'StatefulSet')) {
      const namespace = field(object, 'metadata', 'namespace');
      const governing = objects.find(
        (o) =>
          o.kind === 'Service' &&
          field(o, 'metadata', 'name') === field(object, 'spec', 'serviceName') &&
          field(o, 'metadata', 'namespace') === namespace,
      );
      expect(field(governing, 'spec', 'clusterIP')).toBe('None');
    }
  });

  it.skipIf(example.expectErrors)('backs every selector with Pods exposing the targetPort', () => {
    const pods = podShapesOf(objects);
    const services = objects.filter((o) => o.kind === 'Service' && isDoc(field(o, 'spec', 'selector')));
    for (const service of services) {
      const name = String(field(service, 'metadata', 'name'));
      const namespace = namespaceOf(service);
      const selector = stringMap(field(service, 'spec', 'selector'));
      const backends = pods.filter((pod) => pod.namespace === namespace && selects(selector, pod.labels));
      expect(backends.length, `Pods for Service ${name}`).toBeGreaterThan(0);
      for (const port of docsOf(field(service, 'spec', 'ports'))) {
        const targetPort = port.targetPort ?? port.port;
        for (const pod of backends) {
          const exposed = pod.ports.some((p) => (typeof targetPort === 'string' ? p.name === targetPort : p.containerPort === targetPort));
          expect(exposed, `Service ${name} targetPort ${String(targetPort)}`).toBe(true);
        }
      }
    }
  });
});
