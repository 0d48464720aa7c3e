import { css, unsafeCSS } from 'lit';

/**
 * Colour tokens, one row each: private name, public `--prp-color-*` name, light value, dark value.
 * Public custom properties feed private `--_*` ones; the dark set applies for `theme="dark"` and for
 * `theme="auto"` under a dark system setting.
 */
const COLORS = [
  ['bg', 'background', '#ffffff', '#15191e'],
  ['surface', 'surface', '#f3f6f9', '#1f252c'],
  ['text', 'text', '#1b232c', '#eef1f4'],
  ['muted', 'text-muted', '#46525e', '#b8c1cb'],
  ['border', 'border', '#aab6c2', '#4a5561'],
  ['accent', 'accent', '#0a58a8', '#8cc4ff'],
  ['accent-contrast', 'accent-contrast', '#ffffff', '#0b1a2b'],
  ['done', 'done', '#1a6d34', '#7ee2a0'],
  ['focus', 'focus', '#0a58a8', '#ffd43b'],
  ['emergency', 'emergency', '#b3261e', '#ff9c94'],
  ['emergency-contrast', 'emergency-contrast', '#ffffff', '#1f0000'],
  ['urgent', 'urgent', '#8f4f00', '#ffc266'],
  ['routine', 'routine', '#0a58a8', '#8cc4ff'],
] as const;

/** Declarations for one column of COLORS, written compactly (the build's CSS minifier skips generated CSS). */
const colors = (column: 2 | 3, scheme: string) =>
  COLORS.map((row) => `--_${row[0]}:var(--prp-color-${row[1]},${row[column]});`).join('') + `color-scheme:${scheme}`;

const colorTokens = unsafeCSS(
  `:host{${colors(2, 'light')}}:host([theme=dark i]){${colors(3, 'dark')}}` +
    `@media (prefers-color-scheme:dark){:host([theme=auto i]){${colors(3, 'dark')}}}`,
);

export const tokens = [
  colorTokens,
  css`
    :host {
      --_radius: var(--prp-radius, 8px);
      --_space: var(--prp-space, 1em);
      --_font: var(--prp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
      --_font-size: var(--prp-font-size, medium);
      --_duration: var(--prp-motion-duration, 160ms);
    }
    @media (prefers-reduced-motion: reduce) {
      :host {
        --_duration: 0s;
      }
    }
  `,
];
