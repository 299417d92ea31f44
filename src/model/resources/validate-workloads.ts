/**
 * Deployment, ReplicaSet, StatefulSet, DaemonSet (pkg/apis/apps/validation/validation.go) and
 * ReplicationController (pkg/apis/core/validation) on create: selector, selector-to-template match,
 * replicas, and the pod template.
 */
import type { FieldError } from '../diagnostics.ts';
import { forbidden, invalid, notSupported, required } from './field-error.ts';
import { goQuote, goStringMap, goSyntax } from './go-format.ts';
import { asArray, asRecord, asString, asStringMap, type JsonRecord } from './guards.ts';
import { labelSelectorAsSelector, selectorFromSet, selectorMatches } from '../labels/selector.ts';
import { decodeLabelSelector, isEmptyLabelSelector } from './label-selector.ts';
import { nameIsDnsSubdomain } from './names.ts';
import { validateLabelSelector, validateObjectMeta } from './validate-meta.ts';
import { validatePodTemplateSpec } from './validate-pod.ts';

const IS_NEGATIVE = 'must be greater than or equal to 0';

/** ValidateNonnegativeField, for an optional int32. */
function validateNonnegative(value: unknown, path: string): FieldError[] {
  return typeof value === 'number' && value < 0 ? [invalid(path, value, IS_NEGATIVE)] : [];
}

/** %#v of a *metav1.LabelSelector, as the "empty selector" errors print it. */
function goLabelSelector(selector: JsonRecord): string {
  const labels = asRecord(selector.matchLabels);
  const matchLabels = labels === undefined ? 'map[string]string(nil)' : goStringMap(labels);
  const exprs = asArray(selector.matchExpressions);
  const matchExpressions = exprs.length === 0 ? '[]v1.LabelSelectorRequirement(nil)' : `[]v1.LabelSelectorRequirement{...}`;
  return `v1.LabelSelector{MatchLabels:${matchLabels}, MatchExpressions:${matchExpressions}}`;
}

/** A template's labels as a bad value: map[string]string, nil when absent. */
function templateLabelsValue(template: JsonRecord): ReturnType<typeof goSyntax> {
  const labels = asRecord(asRecord(template.metadata)?.labels);
  return goSyntax(goStringMap(labels));
}

function templateOf(spec: JsonRecord): JsonRecord {
  return asRecord(spec.template) ?? {};
}

/** The "`selector` does not match template `labels`" check, with LabelSelectorAsSelector semantics. */
function validateSelectorMatchesTemplate(selector: unknown, template: JsonRecord, path: string): FieldError[] {
  // An empty selector (labels.Everything()) is not checked; a nil one (labels.Nothing()) never matches.
  if (selector !== undefined && selector !== null && isEmptyLabelSelector(selector)) return [];
  const labels = asStringMap(asRecord(template.metadata)?.labels);
  const sel = asRecord(selector);
  if (sel !== undefined && selectorMatches(labelSelectorAsSelector(decodeLabelSelector(sel)), labels ?? {})) return [];
  return [invalid(`${path}.metadata.labels`, templateLabelsValue(template), '`selector` does not match template `labels`')];
}

/** ValidatePodTemplateSpecForReplicaSet (also used by Deployment). */
function validateTemplateForReplicaSet(selector: unknown, template: JsonRecord, kind: string): FieldError[] {
  const errs = validateSelectorMatchesTemplate(selector, template, 'spec.template');
  errs.push(...validatePodTemplateSpec(template, 'spec.template'));
  const spec = asRecord(template.spec) ?? {};
  const restartPolicy = asString(spec.restartPolicy);
  if (restartPolicy !== 'Always') errs.push(notSupported('spec.template.spec.restartPolicy', restartPolicy, ['Always']));
  if (typeof spec.activeDeadlineSeconds === 'number') {
    errs.push(invalid('spec.template.spec.activeDeadlineSeconds', spec.activeDeadlineSeconds, `activeDeadlineSeconds in ${kind} is not Supported`));
  }
  return errs;
}

/** The selector block shared by ReplicaSet, Deployment and StatefulSet specs. */
function validateRequiredSelector(selector: unknown, emptyMessage: string): FieldError[] {
  const sel = asRecord(selector);
  if (sel === undefined) return [required('spec.selector')];
  const errs = validateLabelSelector(sel, 'spec.selector');
  if (isEmptyLabelSelector(sel)) errs.push(invalid('spec.selector', goSyntax(goLabelSelector(sel)), emptyMessage));
  return errs;
}

/** ValidateDeploymentStrategy */
function validateDeploymentStrategy(strategyValue: unknown): FieldError[] {
  const strategy = asRecord(strategyValue) ?? {};
  const type = asString(strategy.type);
  const rollingUpdate = strategy.rollingUpdate;
  if (type === 'Recreate') {
    return rollingUpdate !== undefined && rollingUpdate !== null
      ? [forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'")]
      : [];
  }
  if (type === 'RollingUpdate') {
    return rollingUpdate === undefined || rollingUpdate === null
      ? [required('spec.strategy.rollingUpdate', 'this should be defaulted and never be nil')]
      : [];
  }
  const ru = rollingUpdate === undefined || rollingUpdate === null ? '(*apps.RollingUpdateDeployment)(nil)' : '&apps.RollingUpdateDeployment{...}';
  return [notSupported('spec.strategy', goSyntax(`apps.DeploymentStrategy{Type:${goQuote(type)}, RollingUpdate:${ru}}`), ['Recreate', 'RollingUpdate'])];
}

export function validateDeployment(obj: JsonRecord): FieldError[] {
  const spec = asRecord(obj.spec) ?? {};
  return [
    ...validateObjectMeta(obj.metadata, nameIsDnsSubdomain, true),
    ...validateNonnegative(spec.replicas, 'spec.replicas'),
    ...validateRequiredSelector(spec.selector, 'empty selector is invalid for deployment'),
    ...validateTemplateForReplicaSet(spec.selector, templateOf(spec), 'ReplicaSet'),
    ...validateDeploymentStrategy(spec.strategy),
    ...validateNonnegative(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...validateNonnegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'),
  ];
}

export function validateReplicaSet(obj: JsonRecord): FieldError[] {
  const spec = asRecord(obj.spec) ?? {};
  return [
    ...validateObjectMeta(obj.metadata, nameIsDnsSubdomain, true),
    ...validateNonnegative(spec.replicas, 'spec.replicas'),
    ...validateNonnegative(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...validateRequiredSelector(spec.selector, 'empty selector is invalid for deployment'),
    ...validateTemplateForReplicaSet(spec.selector, templateOf(spec), 'ReplicaSet'),
  ];
}

const POD_MANAGEMENT_POLICIES = ['OrderedReady', 'Parallel'];

export function validateStatefulSet(obj: JsonRecord): FieldError[] {
  const spec = asRecord(obj.spec) ?? {};
  const template = templateOf(spec);
  const errs = validateObjectMeta(obj.metadata, nameIsDnsSubdomain, true);
  const policy = asString(spec.podManagementPolicy);
  if (policy === '') errs.push(required('spec.podManagementPolicy'));
  else if (!POD_MANAGEMENT_POLICIES.includes(policy)) {
    errs.push(invalid('spec.podManagementPolicy', policy, `must be 'OrderedReady' or 'Parallel'`));
  }
  errs.push(...validateNonnegative(spec.replicas, 'spec.replicas'));
  errs.push(...validateRequiredSelector(spec.selector, 'empty selector is invalid for statefulset'));
  errs.push(...validateSelectorMatchesTemplate(spec.selector, template, 'spec.template'));
  errs.push(...validatePodTemplateSpec(template, 'spec.template'));
  const restartPolicy = asString(asRecord(template.spec)?.restartPolicy);
  if (restartPolicy !== 'Always') errs.push(notSupported('spec.template.spec.restartPolicy', restartPolicy, ['Always']));
  return errs;
}

export function validateDaemonSet(obj: JsonRecord): FieldError[] {
  const spec = asRecord(obj.spec) ?? {};
  const template = templateOf(spec);
  const errs = validateObjectMeta(obj.metadata, nameIsDnsSubdomain, true);
  errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  errs.push(...validateSelectorMatchesTemplate(spec.selector, template, 'spec.template'));
  const sel = asRecord(spec.selector);
  if (sel !== undefined && isEmptyLabelSelector(sel)) {
    errs.push(invalid('spec.selector', goSyntax(goLabelSelector(sel)), 'empty selector is invalid for daemonset'));
  }
  errs.push(...validatePodTemplateSpec(template, 'spec.template'));
  const restartPolicy = asString(asRecord(template.spec)?.restartPolicy);
  if (restartPolicy !== 'Always') errs.push(notSupported('spec.template.spec.restartPolicy', restartPolicy, ['Always']));
  return errs;
}

/** ValidateReplicationController: a map selector, which defaulting copies from the template labels. */
export function validateReplicationController(obj: JsonRecord): FieldError[] {
  const spec = asRecord(obj.spec) ?? {};
  const errs = validateObjectMeta(obj.metadata, nameIsDnsSubdomain, true);
  errs.push(...validateNonnegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  const selector = asStringMap(spec.selector) ?? {};
  if (Object.keys(selector).length === 0) errs.push(required('spec.selector'));
  errs.push(...validateNonnegative(spec.replicas, 'spec.replicas'));
  const template = asRecord(spec.template);
  if (template === undefined) return [...errs, required('spec.template')];
  if (Object.keys(selector).length > 0) {
    const labels = asStringMap(asRecord(template.metadata)?.labels) ?? {};
    if (!selectorMatches(selectorFromSet(selector), labels)) {
      errs.push(invalid('spec.template.metadata.labels', templateLabelsValue(template), '`selector` does not match template `labels`'));
    }
  }
  errs.push(...validatePodTemplateSpec(template, 'spec.template'));
  const templateSpec = asRecord(template.spec) ?? {};
  const restartPolicy = asString(templateSpec.restartPolicy);
  if (restartPolicy !== 'Always') errs.push(notSupported('spec.template.spec.restartPolicy', restartPolicy, ['Always']));
  if (typeof templateSpec.activeDeadlineSeconds === 'number') {
    errs.push(forbidden('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in ReplicationController is not Supported'));
  }
  return errs;
}
