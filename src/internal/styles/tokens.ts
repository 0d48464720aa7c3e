import { css } from 'lit';

/**
 * Theme tokens. Public `--prp-*` custom properties feed private `--_*` ones; the dark set is written
 * once and applied both for `theme="dark"` and for `theme="auto"` under a dark system setting.
 */
const dark = css`
  --_bg: var(--prp-color-background, #15191e);
  --_surface: var(--prp-color-surface, #1f252c);
  --_text: var(--prp-color-text, #eef1f4);
  --_muted: var(--prp-color-text-muted, #b8c1cb);
  --_border: var(--prp-color-border, #4a5561);
  --_accent: var(--prp-color-accent, #8cc4ff);
  --_accent-contrast: var(--prp-color-accent-contrast, #0b1a2b);
  --_done: var(--prp-color-done, #7ee2a0);
  --_focus: var(--prp-color-focus, #ffd43b);
  --_emergency: var(--prp-color-emergency, #ff9c94);
  --_emergency-contrast: var(--prp-color-emergency-contrast, #1f0000);
  --_urgent: var(--prp-color-urgent, #ffc266);
  --_routine: var(--prp-color-routine, #8cc4ff);
  color-scheme: dark;
`;

export const tokens = css`
  :host {
    --_bg: var(--prp-color-background, #ffffff);
    --_surface: var(--prp-color-surface, #f3f6f9);
    --_text: var(--prp-color-text, #1b232c);
    --_muted: var(--prp-color-text-muted, #46525e);
    --_border: var(--prp-color-border, #aab6c2);
    --_accent: var(--prp-color-accent, #0a58a8);
    --_accent-contrast: var(--prp-color-accent-contrast, #ffffff);
    --_done: var(--prp-color-done, #1a6d34);
    --_focus: var(--prp-color-focus, #0a58a8);
    --_emergency: var(--prp-color-emergency, #b3261e);
    --_emergency-contrast: var(--prp-color-emergency-contrast, #ffffff);
    --_urgent: var(--prp-color-urgent, #8f4f00);
    --_routine: var(--prp-color-routine, #0a58a8);
    --_radius: var(--prp-radius, 8px);
    --_space: var(--prp-space, 1em);
    --_font: var(--prp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_font-size: var(--prp-font-size, 16px);
    --_duration: var(--prp-motion-duration, 160ms);
    color-scheme: light;
  }
  :host([theme='dark' i]) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto' i]) {
      ${dark}
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
`;
