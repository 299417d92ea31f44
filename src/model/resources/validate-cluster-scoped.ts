/**
 * Namespace and Node on create (ValidateNamespace, ValidateNode in
 * pkg/apis/core/validation/validation.go).
 */
import type { FieldError } from '../diagnostics.ts';
import { duplicate, fieldError, invalid, notSupported, required } from './field-error.ts';
import { goQuote, goStringSlice, goSyntax } from './go-format.ts';
import { asArray, asRecord, asString, type JsonRecord } from './guards.ts';
import { parseCIDRSloppy } from '../net/cidr.ts';
import { labelValueErrors, nameIsDnsLabel, nameIsDnsSubdomain, qualifiedNameErrors } from './names.ts';
import { validateCIDR } from './validate-ip.ts';
import { validateKubeFinalizerName, validateLabelName, validateObjectMeta } from './validate-meta.ts';

export function validateNamespace(obj: JsonRecord): FieldError[] {
  const errs = validateObjectMeta(obj.metadata, nameIsDnsLabel, false);
  for (const raw of asArray(asRecord(obj.spec)?.finalizers)) {
    const name = asString(raw);
    errs.push(...qualifiedNameErrors(name).map((msg) => invalid('spec.finalizers', name, msg)));
    errs.push(...validateKubeFinalizerName(name, 'spec.finalizers'));
  }
  return errs;
}

/** validateTaintEffect's list, in its order. */
const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

export function validateNode(obj: JsonRecord): FieldError[] {
  const errs = validateObjectMeta(obj.metadata, nameIsDnsSubdomain, false);
  const spec = asRecord(obj.spec) ?? {};
  // validateNodeTaints reports under metadata.taints, a path quirk of ValidateNode.
  const seen = new Set<string>();
  asArray(spec.taints).forEach((raw, i) => {
    const taint = asRecord(raw) ?? {};
    const path = `metadata.taints[${i}]`;
    const key = asString(taint.key);
    const value = asString(taint.value);
    const effect = asString(taint.effect);
    errs.push(...validateLabelName(key, `${path}.key`));
    const valueErrs = labelValueErrors(value);
    if (valueErrs.length > 0) errs.push(invalid(`${path}.value`, value, valueErrs.join(';')));
    if (effect === '') errs.push(required(`${path}.effect`));
    else if (!TAINT_EFFECTS.includes(effect)) errs.push(notSupported(`${path}.effect`, effect, TAINT_EFFECTS));
    const uniq = `${effect}/${key}`;
    if (seen.has(uniq)) {
      const repr = `core.Taint{Key:${goQuote(key)}, Value:${goQuote(value)}, Effect:${goQuote(effect)}, TimeAdded:(*v1.Time)(nil)}`;
      errs.push(fieldError('Duplicate', path, goSyntax(repr), 'taints must be unique by key and effect pair'));
    }
    seen.add(uniq);
  });
  const podCIDRs = asArray(spec.podCIDRs).map(asString);
  podCIDRs.forEach((cidr, i) => errs.push(...validateCIDR(`spec.podCIDRs[${i}]`, cidr)));
  if (podCIDRs.length > 1) {
    const parsed = podCIDRs.map(parseCIDRSloppy);
    const v4 = parsed.filter((c) => c?.family === 'IPv4').length;
    const v6 = parsed.filter((c) => c?.family === 'IPv6').length;
    if (!(v4 > 0 && v6 > 0) || podCIDRs.length > 2) {
      errs.push(invalid('spec.podCIDRs', { goSyntax: goStringSlice(podCIDRs) }, 'may specify no more than one CIDR for each IP family'));
    }
    const unique = new Set<string>();
    podCIDRs.forEach((cidr, i) => {
      if (unique.has(cidr)) errs.push(duplicate(`spec.podCIDRs[${i}]`, cidr));
      unique.add(cidr);
    });
  }
  return errs;
}
