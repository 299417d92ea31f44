import type { SvgTheme } from '../../present/svg/index.ts';

const QUERY = '(prefers-color-scheme: dark)';

/**
 * The system's colour scheme, applied to the page's variables (app.css reads `data-theme`) now and
 * whenever it changes, when `onChange` hears of it. The embed has no theme button: it follows the
 * setting the page around it usually follows too.
 */
export function followPageTheme(onChange: (theme: SvgTheme) => void): SvgTheme {
  const list = matchMedia(QUERY);
  const apply = (): SvgTheme => {
    const theme = list.matches ? 'dark' : 'light';
    document.documentElement.dataset.theme = theme;
    return theme;
  };
  list.addEventListener('change', () => onChange(apply()));
  return apply();
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** The reader's wish for less motion, asked afresh each time: it may change while the page is open. */
export const prefersReducedMotion = (): boolean => matchMedia(REDUCED_MOTION).matches;
