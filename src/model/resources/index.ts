/**
 * Apiserver defaulting and validation, and the name, label and IP checks other modules reuse.
 */
export { defaultObject } from './defaults.ts';
export { validateObject, type ValidationResult } from './validate.ts';
export { fieldError, duplicate, forbidden, invalid, notSupported, required, tooLong, tooMany } from './field-error.ts';
export {
  dns1035LabelErrors,
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  isDns1035Label,
  isDns1123Label,
  isDns1123Subdomain,
  isQualifiedName,
  isValidLabelValue,
  isValidPortName,
  labelValueErrors,
  portNameErrors,
  qualifiedNameErrors,
} from './names.ts';
export { cidrWarnings, ipWarnings } from './ip-warnings.ts';
export { isEmptyLabelSelector } from './label-selector.ts';
export { admitPod } from './pod-admission.ts';
export { validateClusterIPsRelatedFields } from './validate-service-fields.ts';
export { goStringSlice } from './go-format.ts';
