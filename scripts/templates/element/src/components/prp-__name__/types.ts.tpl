import type { Statement } from '../../content/types.js';

/** The content a clinic can override, field by field. */
export interface {{Pascal}}Content {
  readonly title: string;
  readonly intro: readonly Statement[];
}

/** Interface text of <{{tag}}>. */
export interface {{Pascal}}Strings {
  readonly showMore: string;
  readonly showLess: string;
}

export interface {{Pascal}}LocaleContent {
  readonly strings: {{Pascal}}Strings;
  readonly content: {{Pascal}}Content;
}

/** Detail of `prp-intro-toggle`: whether the whole introduction now shows. */
export interface IntroToggleDetail {
  readonly open: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'prp-intro-toggle': CustomEvent<IntroToggleDetail>;
  }
}
