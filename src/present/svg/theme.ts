/**
 * The colours of the explorer's graph (src/web/features/graph/graph.css and the app's light and
 * dark variables), resolved to plain hex: a standalone SVG has no CSS variables to inherit, and
 * resvg understands neither `var()` nor `color-mix()`.
 */
export type SvgTheme = 'light' | 'dark';

export interface Palette {
  readonly bg: string;
  readonly panel: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly accent: string;
  readonly edge: string;
  readonly faintEdge: string;
  readonly ready: string;
  readonly notReady: string;
  readonly terminating: string;
  readonly dns: string;
  readonly dnsFill: string;
}

export const PALETTES: Readonly<Record<SvgTheme, Palette>> = {
  light: {
    bg: '#f5f7fa',
    panel: '#ffffff',
    text: '#1c2330',
    muted: '#5b6575',
    border: '#d8dde6',
    accent: '#326ce5',
    edge: '#7c8491',
    faintEdge: '#adb2ba',
    ready: '#1d7340',
    notReady: '#a86400',
    terminating: '#c62828',
    dns: '#8e5bd6',
    dnsFill: '#f9f6fd',
  },
  dark: {
    bg: '#0f131a',
    panel: '#171c25',
    text: '#e3e8ef',
    muted: '#9aa4b2',
    border: '#2c3440',
    accent: '#6f9bff',
    edge: '#838c99',
    faintEdge: '#585f6b',
    ready: '#5fcf8f',
    notReady: '#f0b35a',
    terminating: '#ff6b6b',
    dns: '#8e5bd6',
    dnsFill: '#1f1f31',
  },
};

/** Hues that do not change with the theme: the Service types and the Ingress. */
export const HUES = {
  ClusterIP: '#326ce5',
  NodePort: '#0e9384',
  LoadBalancer: '#7c4dcc',
  Headless: '#b7791f',
  ExternalName: '#c2185b',
  ingress: '#1b7f9e',
} as const;

/** The Gateway API's boxes (Gateway, HTTPRoute): a hue of their own, not a Service type's. */
export const GATEWAY_HUE = '#2e7d5b';

export type ServiceType = Exclude<keyof typeof HUES, 'ingress'>;

export const isServiceType = (badge: string | undefined): badge is ServiceType => badge !== undefined && badge !== 'ingress' && badge in HUES;

export const SANS = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";
export const MONO = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace";
