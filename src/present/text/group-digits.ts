/**
 * An integer with its thousands grouped, as `toLocaleString('en-US')` writes it: 30,000. Without
 * ICU: the first locale-aware format of a page loads its number data, 40–130 ms on the page's
 * thread, and it fell inside the task that draws a dump's first graph.
 */
export function groupDigits(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return n <= -1 ? `-${grouped}` : grouped;
}
