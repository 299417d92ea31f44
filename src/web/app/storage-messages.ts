/** What the page says when the user's text could not be saved: what, why, and what to do. */
import type { StorageProblem } from '../store/index.ts';

const WHY: Readonly<Record<Exclude<StorageProblem['why'], 'lost'>, string>> = {
  full: 'this browser’s storage for the page is full',
  unavailable: 'this browser does not let the page store anything here (a private window, or its settings)',
};

export function storageMessage({ what, why }: StorageProblem): string {
  if (why === 'lost') return 'Your latest changes did not reach the browser’s storage before the page closed, so they are not shown here.';
  if (what === 'current') return `Your manifest could not be saved: ${WHY[why]}. A reload would lose your latest changes, so copy the text somewhere safe.`;
  return `Your earlier manifest could not be kept in the history: ${WHY[why]}. It stays one click away until you reload.`;
}
