/**
 * Ages as kubectl prints them: k8s.io/apimachinery/pkg/util/duration.HumanDuration, applied by
 * pkg/printers/internalversion/printers.go translateTimestampSince to `now - creationTimestamp`.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** duration.HumanDuration: a duration in milliseconds as `5s`, `3m20s`, `4h5m`, `2d3h`, `3y12d`. */
export function humanDuration(milliseconds: number): string {
  // Go's int(d.Seconds()) truncates toward zero; up to one second in the future still reads "0s".
  const seconds = Math.trunc(milliseconds / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.trunc(milliseconds / MINUTE);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(milliseconds / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${hours / 24}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const days = Math.trunc(hours / 24) % 365;
    const years = Math.trunc(hours / 24 / 365);
    return days === 0 ? `${years}y` : `${years}y${days}d`;
  }
  return `${Math.trunc(hours / 24 / 365)}y`;
}

/** printers.go translateTimestampSince: `<unknown>` for a missing or unparsable timestamp. */
export function translateTimestampSince(timestamp: string | undefined, now: string): string {
  if (timestamp === undefined || timestamp === '') return '<unknown>';
  const then = Date.parse(timestamp);
  const current = Date.parse(now);
  if (Number.isNaN(then) || Number.isNaN(current)) return '<unknown>';
  return humanDuration(current - then);
}
