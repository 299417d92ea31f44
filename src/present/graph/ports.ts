/**
 * Port labels for the edges: what the packet carries on each hop.
 *
 * A Service port meets its EndpointSlice port by name (both "" when unnamed): kube-proxy matches
 * them that way (pkg/proxy/endpointslicecache.go, endpointsMapFromEndpointInfo keys by
 * ServicePortName), and the slice port holds the targetPort already resolved for its Pods, which
 * is how a named targetPort can mean 8080 for one Pod and 9090 for another.
 */
import type { EndpointSlice, Service } from '../../model/index.ts';

type ServicePort = NonNullable<NonNullable<Service['spec']>['ports']>[number];
type SlicePort = NonNullable<EndpointSlice['ports']>[number];

/** `8080`, or `53/UDP` for any protocol but the default TCP. */
export function portText(port: number | string, protocol: string | undefined): string {
  return protocol === undefined || protocol === 'TCP' ? String(port) : `${port}/${protocol}`;
}

export function servicePorts(service: Service): readonly ServicePort[] {
  return service.spec?.ports ?? [];
}

function slicePortFor(slice: EndpointSlice, port: ServicePort): SlicePort | undefined {
  return (slice.ports ?? []).find((p) => (p.name ?? '') === (port.name ?? '') && (p.protocol ?? 'TCP') === (port.protocol ?? 'TCP'));
}

/** Service → slice: `80 → 8080` per Service port (`53 → 5353/UDP`), with the targetPort as this slice resolved it. */
export function serviceToSliceLabels(service: Service, slice: EndpointSlice): string[] {
  return servicePorts(service).map((port) => {
    const target = slicePortFor(slice, port)?.port ?? port.targetPort ?? port.port;
    return `${port.port} → ${portText(target, port.protocol)}`;
  });
}

/** The port numbers the slice's endpoints listen on, e.g. `8080`, `53/UDP`. */
export function slicePortTexts(slice: EndpointSlice): string[] {
  return (slice.ports ?? []).filter((p) => p.port !== undefined).map((p) => portText(p.port ?? 0, p.protocol));
}

/** Node → Service: `31000 → 80` for every port that has a nodePort. */
export function nodePortLabels(service: Service): string[] {
  return servicePorts(service).flatMap((p) => (p.nodePort === undefined ? [] : [`${p.nodePort} → ${portText(p.port, p.protocol)}`]));
}

export function nodePorts(service: Service): string[] {
  return servicePorts(service).flatMap((p) => (p.nodePort === undefined ? [] : [portText(p.nodePort, p.protocol)]));
}
