/**
 * Endpoints (ValidateEndpointsCreate, pkg/apis/core/validation) and EndpointSlice
 * (ValidateEndpointSliceCreate, pkg/apis/discovery/validation) on create.
 */
import type { FieldError } from '../diagnostics.ts';
import { duplicate, invalid, notSupported, required, tooMany } from './field-error.ts';
import { asArray, asRecord, asString, isRecord, type JsonRecord } from './guards.ts';
import { dns1123LabelErrors, fqdnErrors, labelValueErrors, nameIsDnsSubdomain, portNumErrors, qualifiedNameErrors } from './names.ts';
import { PORT_PROTOCOLS } from './validate-service-fields.ts';
import { validateIP, validateIPv4Address, validateIPv6Address, validateNonSpecialIP } from './validate-ip.ts';
import { validateLabels, validateObjectMeta } from './validate-meta.ts';

const records = (value: unknown): JsonRecord[] => asArray(value).map((v) => (isRecord(v) ? v : {}));

function validateProtocol(protocol: unknown, path: string): FieldError[] {
  const p = asString(protocol);
  if (p.length === 0) return [required(path)];
  return (PORT_PROTOCOLS as readonly string[]).includes(p) ? [] : [notSupported(path, p, PORT_PROTOCOLS)];
}

/** validateEndpointAddress: an invalid IP is reported twice, as the apiserver does. */
function validateEndpointAddress(address: JsonRecord, path: string): FieldError[] {
  const ip = asString(address.ip);
  const errs = validateIP(`${path}.ip`, ip);
  const hostname = asString(address.hostname);
  if (hostname.length > 0) errs.push(...dns1123LabelErrors(hostname).map((msg) => invalid(`${path}.hostname`, hostname, msg)));
  if (typeof address.nodeName === 'string') {
    errs.push(...nameIsDnsSubdomain(address.nodeName, false).map((msg) => invalid(`${path}.nodeName`, address.nodeName, msg)));
  }
  errs.push(...validateNonSpecialIP(`${path}.ip`, ip));
  return errs;
}

/** validateEndpointPort */
function validateEndpointPort(port: JsonRecord, requireName: boolean, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const name = asString(port.name);
  if (requireName && name.length === 0) errs.push(required(`${path}.name`));
  else if (name.length > 0) errs.push(...dns1123LabelErrors(name).map((msg) => invalid(`${path}.name`, name, msg)));
  const num = typeof port.port === 'number' ? port.port : 0;
  errs.push(...portNumErrors(num).map((msg) => invalid(`${path}.port`, num, msg)));
  errs.push(...validateProtocol(port.protocol, `${path}.protocol`));
  if (typeof port.appProtocol === 'string') {
    errs.push(...qualifiedNameErrors(port.appProtocol).map((msg) => invalid(`${path}.appProtocol`, port.appProtocol, msg)));
  }
  return errs;
}

export function validateEndpoints(obj: JsonRecord): FieldError[] {
  const errs = validateObjectMeta(obj.metadata, nameIsDnsSubdomain, true);
  records(obj.subsets).forEach((subset, i) => {
    const path = `subsets[${i}]`;
    const addresses = records(subset.addresses);
    const notReady = records(subset.notReadyAddresses);
    if (addresses.length === 0 && notReady.length === 0) {
      errs.push(required(path, 'must specify `addresses` or `notReadyAddresses`'));
    }
    addresses.forEach((a, j) => errs.push(...validateEndpointAddress(a, `${path}.addresses[${j}]`)));
    notReady.forEach((a, j) => errs.push(...validateEndpointAddress(a, `${path}.notReadyAddresses[${j}]`)));
    const ports = records(subset.ports);
    ports.forEach((p, j) => errs.push(...validateEndpointPort(p, ports.length > 1, `${path}.ports[${j}]`)));
  });
  return errs;
}

const ADDRESS_TYPES = ['FQDN', 'IPv4', 'IPv6'];
// The limits of pkg/apis/discovery/validation/validation.go (maxEndpoints, maxAddresses, maxPorts,
// maxTopologyLabels, maxZoneHints). The API's doc comment says "a maximum of 100 ports" per slice;
// the server enforces maxPorts = 20000.
const MAX_ENDPOINTS = 1000;
const MAX_ADDRESSES = 100;
const MAX_PORTS = 20000;
const MAX_TOPOLOGY_LABELS = 16;
const MAX_ZONE_HINTS = 8;

function validateSliceAddress(addressType: string, address: string, path: string): FieldError[] {
  switch (addressType) {
    case 'IPv4':
      return [...validateIPv4Address(path, address), ...validateNonSpecialIP(path, address)];
    case 'IPv6':
      return [...validateIPv6Address(path, address), ...validateNonSpecialIP(path, address)];
    case 'FQDN': {
      const result = fqdnErrors(address);
      if (result === undefined) return [];
      return result === 'required' ? [required(path)] : [invalid(path, result.value, result.detail)];
    }
    default:
      // Unknown address types fall through without address validation, as in the Go switch.
      return [];
  }
}

/** validateHints: at most 8 zone hints, unique, each a label value. */
function validateHints(hints: JsonRecord, path: string): FieldError[] {
  const zones = records(hints.forZones);
  if (zones.length > MAX_ZONE_HINTS) return [tooMany(`${path}.forZones`, zones.length, MAX_ZONE_HINTS)];
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  zones.forEach((zone, i) => {
    const name = asString(zone.name);
    const zonePath = `${path}.forZones[${i}].name`;
    if (seen.has(name)) errs.push(duplicate(zonePath, name));
    else seen.add(name);
    errs.push(...labelValueErrors(name).map((msg) => invalid(zonePath, name, msg)));
  });
  return errs;
}

function validateSliceEndpoints(endpoints: JsonRecord[], addressType: string): FieldError[] {
  if (endpoints.length > MAX_ENDPOINTS) return [tooMany('endpoints', endpoints.length, MAX_ENDPOINTS)];
  const errs: FieldError[] = [];
  endpoints.forEach((ep, i) => {
    const path = `endpoints[${i}]`;
    const addresses = asArray(ep.addresses).map(asString);
    if (addresses.length === 0) errs.push(required(`${path}.addresses`, 'must contain at least 1 address'));
    else if (addresses.length > MAX_ADDRESSES) errs.push(tooMany(`${path}.addresses`, addresses.length, MAX_ADDRESSES));
    addresses.forEach((a, j) => errs.push(...validateSliceAddress(addressType, a, `${path}.addresses[${j}]`)));
    if (typeof ep.nodeName === 'string') {
      errs.push(...nameIsDnsSubdomain(ep.nodeName, false).map((msg) => invalid(`${path}.nodeName`, ep.nodeName, msg)));
    }
    // Unreachable on a v1 create, whose PrepareForCreate cleared deprecatedTopology (dropTopologyOnV1);
    // kept as ValidateEndpointSlice has it.
    const topology = asRecord(ep.deprecatedTopology);
    if (topology !== undefined && Object.keys(topology).length > MAX_TOPOLOGY_LABELS) {
      errs.push(tooMany(`${path}.deprecatedTopology`, Object.keys(topology).length, MAX_TOPOLOGY_LABELS));
    }
    errs.push(...validateLabels(topology, `${path}.deprecatedTopology`));
    if (typeof ep.hostname === 'string') {
      errs.push(...dns1123LabelErrors(ep.hostname).map((msg) => invalid(`${path}.hostname`, ep.hostname, msg)));
    }
    const hints = asRecord(ep.hints);
    if (hints !== undefined) errs.push(...validateHints(hints, `${path}.hints`));
  });
  return errs;
}

function validateSlicePorts(ports: JsonRecord[]): FieldError[] {
  if (ports.length > MAX_PORTS) return [tooMany('ports', ports.length, MAX_PORTS)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const path = `ports[${i}]`;
    const name = asString(port.name);
    if (name.length > 0) errs.push(...dns1123LabelErrors(name).map((msg) => invalid(`${path}.name`, name, msg)));
    if (names.has(name)) errs.push(duplicate(`${path}.name`, name));
    else names.add(name);
    if (port.protocol === undefined || port.protocol === null) errs.push(required(`${path}.protocol`));
    else errs.push(...validateProtocol(port.protocol, `${path}.protocol`));
    if (typeof port.appProtocol === 'string') {
      errs.push(...qualifiedNameErrors(port.appProtocol).map((msg) => invalid(`${path}.appProtocol`, port.appProtocol, msg)));
    }
  });
  return errs;
}

export function validateEndpointSlice(obj: JsonRecord): FieldError[] {
  const errs = validateObjectMeta(obj.metadata, nameIsDnsSubdomain, true);
  const addressType = asString(obj.addressType);
  if (addressType.length === 0) errs.push(required('addressType'));
  else if (!ADDRESS_TYPES.includes(addressType)) errs.push(notSupported('addressType', addressType, ADDRESS_TYPES));
  errs.push(...validateSliceEndpoints(records(obj.endpoints), addressType));
  errs.push(...validateSlicePorts(records(obj.ports)));
  return errs;
}
