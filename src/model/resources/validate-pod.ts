/**
 * The parts of ValidatePod and ValidatePodTemplateSpec (pkg/apis/core/validation/validation.go)
 * that the simulator uses: metadata, containers (names, images, ports), restartPolicy,
 * dnsPolicy, hostname and subdomain.
 */
import type { FieldError } from '../diagnostics.ts';
import { duplicate, forbidden, invalid, notSupported, required } from './field-error.ts';
import { asArray, asRecord, asString, isRecord, type JsonRecord } from './guards.ts';
import { dns1123LabelErrors, nameIsDnsSubdomain, portNameErrors, portNumErrors } from './names.ts';
import { PORT_PROTOCOLS } from './validate-service-fields.ts';
import { validateAnnotations, validateLabels, validateObjectMeta } from './validate-meta.ts';

const RESTART_POLICIES = ['Always', 'Never', 'OnFailure'];
const DNS_POLICIES = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'];

/** validateContainerPorts */
function validateContainerPorts(ports: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  asArray(ports).forEach((raw, i) => {
    const port = isRecord(raw) ? raw : {};
    const idx = `${path}[${i}]`;
    const name = asString(port.name);
    if (name.length > 0) {
      const msgs = portNameErrors(name);
      if (msgs.length > 0) errs.push(...msgs.map((msg) => invalid(`${idx}.name`, name, msg)));
      else if (names.has(name)) errs.push(duplicate(`${idx}.name`, name));
      else names.add(name);
    }
    const containerPort = typeof port.containerPort === 'number' ? port.containerPort : 0;
    if (containerPort === 0) errs.push(required(`${idx}.containerPort`));
    else errs.push(...portNumErrors(containerPort).map((msg) => invalid(`${idx}.containerPort`, containerPort, msg)));
    const hostPort = typeof port.hostPort === 'number' ? port.hostPort : 0;
    if (hostPort !== 0) errs.push(...portNumErrors(hostPort).map((msg) => invalid(`${idx}.hostPort`, hostPort, msg)));
    const protocol = asString(port.protocol);
    if (protocol.length === 0) errs.push(required(`${idx}.protocol`));
    else if (!(PORT_PROTOCOLS as readonly string[]).includes(protocol)) {
      errs.push(notSupported(`${idx}.protocol`, protocol, PORT_PROTOCOLS));
    }
  });
  return errs;
}

/** validateContainers (the common part): name, image and ports of each container. */
function validateContainers(containers: unknown, path: string, names: Set<string>): FieldError[] {
  const errs: FieldError[] = [];
  asArray(containers).forEach((raw, i) => {
    const c = isRecord(raw) ? raw : {};
    const idx = `${path}[${i}]`;
    const name = asString(c.name);
    if (name.length === 0) errs.push(required(`${idx}.name`));
    else {
      errs.push(...dns1123LabelErrors(name).map((msg) => invalid(`${idx}.name`, name, msg)));
      if (names.has(name)) errs.push(duplicate(`${idx}.name`, name));
      else names.add(name);
    }
    if (asString(c.image).length === 0) errs.push(required(`${idx}.image`));
    errs.push(...validateContainerPorts(c.ports, `${idx}.ports`));
  });
  return errs;
}

/** ValidatePodSpec (the parts the model uses). */
export function validatePodSpec(specValue: unknown, path: string): FieldError[] {
  const spec = asRecord(specValue) ?? {};
  const errs: FieldError[] = [];
  const names = new Set<string>();
  if (asArray(spec.containers).length === 0) errs.push(required(`${path}.containers`));
  errs.push(...validateContainers(spec.initContainers, `${path}.initContainers`, names));
  errs.push(...validateContainers(spec.containers, `${path}.containers`, names));
  const restartPolicy = asString(spec.restartPolicy);
  if (restartPolicy.length === 0) errs.push(required(`${path}.restartPolicy`));
  else if (!RESTART_POLICIES.includes(restartPolicy)) errs.push(notSupported(`${path}.restartPolicy`, restartPolicy, RESTART_POLICIES));
  const dnsPolicy = asString(spec.dnsPolicy);
  if (dnsPolicy.length === 0) errs.push(required(`${path}.dnsPolicy`));
  else if (!DNS_POLICIES.includes(dnsPolicy)) errs.push(notSupported(`${path}.dnsPolicy`, dnsPolicy, DNS_POLICIES));
  const hostname = asString(spec.hostname);
  if (hostname.length > 0) errs.push(...dns1123LabelErrors(hostname).map((msg) => invalid(`${path}.hostname`, hostname, msg)));
  const subdomain = asString(spec.subdomain);
  if (subdomain.length > 0) {
    errs.push(...dns1123LabelErrors(subdomain).map((msg) => invalid(`${path}.subdomain`, subdomain, msg)));
  }
  return errs;
}

/** ValidatePodCreate: metadata (DNS-1123 subdomain name) and spec. */
export function validatePod(pod: JsonRecord): FieldError[] {
  return [...validateObjectMeta(pod.metadata, nameIsDnsSubdomain, true), ...validatePodSpec(pod.spec, 'spec')];
}

/** ValidatePodTemplateSpec: template labels, annotations and spec; no ephemeral containers. */
export function validatePodTemplateSpec(templateValue: unknown, path: string): FieldError[] {
  const template = asRecord(templateValue) ?? {};
  const meta = asRecord(template.metadata) ?? {};
  const errs = [
    ...validateLabels(meta.labels, `${path}.labels`),
    ...validateAnnotations(meta.annotations, `${path}.annotations`),
    ...validatePodSpec(template.spec, `${path}.spec`),
  ];
  if (asArray(asRecord(template.spec)?.ephemeralContainers).length > 0) {
    errs.push(forbidden(`${path}.spec.ephemeralContainers`, 'ephemeral containers not allowed in pod template'));
  }
  return errs;
}
