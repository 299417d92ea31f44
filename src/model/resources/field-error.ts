/**
 * Field errors built exactly as k8s.io/apimachinery/pkg/util/validation/field/errors.go builds
 * them, so that `field: message` reads as kube-apiserver prints it.
 */
import type { FieldError, FieldErrorType } from '../diagnostics.ts';
import { formatBadValue, goQuote } from './go-format.ts';

/** ErrorType.String() of errors.go. */
const TYPE_TEXT: Readonly<Record<FieldErrorType, string>> = {
  NotFound: 'Not found',
  Required: 'Required value',
  Duplicate: 'Duplicate value',
  Invalid: 'Invalid value',
  NotSupported: 'Unsupported value',
  Forbidden: 'Forbidden',
  TooLong: 'Too long',
  TooMany: 'Too many',
  BadRequest: 'Bad request',
};

/** Error types whose ErrorBody never prints the bad value (errors.go ErrorBody, first cases). */
const OMIT_VALUE: ReadonlySet<FieldErrorType> = new Set(['Required', 'Forbidden', 'TooLong', 'BadRequest']);

/**
 * Builds a FieldError and its message as field.Error.ErrorBody() does:
 * `Type`, then `: value` unless the type omits it, then `: detail` when there is one.
 */
export function fieldError(type: FieldErrorType, field: string, badValue?: unknown, detail?: string): FieldError {
  let message = TYPE_TEXT[type];
  const omit = OMIT_VALUE.has(type);
  if (!omit) message += `: ${formatBadValue(badValue)}`;
  if (detail !== undefined && detail.length > 0) message += `: ${detail}`;
  const error: FieldError = { type, field, message };
  const withValue = omit ? error : { ...error, badValue };
  return detail !== undefined && detail.length > 0 ? { ...withValue, detail } : withValue;
}

/** field.Required */
export function required(field: string, detail = ''): FieldError {
  return fieldError('Required', field, '', detail);
}

/** field.Invalid */
export function invalid(field: string, value: unknown, detail: string): FieldError {
  return fieldError('Invalid', field, value, detail);
}

/** field.NotSupported: the detail lists the quoted supported values. */
export function notSupported(field: string, value: unknown, validValues: readonly string[]): FieldError {
  const detail = validValues.length > 0 ? `supported values: ${validValues.map((v) => goQuote(v)).join(', ')}` : '';
  return fieldError('NotSupported', field, value, detail);
}

/** field.Duplicate */
export function duplicate(field: string, value: unknown): FieldError {
  return fieldError('Duplicate', field, value);
}

/** field.Forbidden */
export function forbidden(field: string, detail: string): FieldError {
  return fieldError('Forbidden', field, '', detail);
}

/** field.TooLong: the value is never printed. */
export function tooLong(field: string, maxLength: number): FieldError {
  return fieldError('TooLong', field, '', `must have at most ${maxLength} bytes`);
}

/** field.TooMany */
export function tooMany(field: string, actual: number, max: number): FieldError {
  return fieldError('TooMany', field, actual, `must have at most ${max} items`);
}
