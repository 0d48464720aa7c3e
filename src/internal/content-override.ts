import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { CitedSource } from '../content/types.js';
import { Citations } from './citations.js';
import type { OverrideRules } from './content.js';
import type { Warn } from './language.js';
import type { Lazy } from './lazy.js';
import type { Locale } from './localize.js';

/** Where a clinic's JSON override sits: a direct child of the element. */
export const JSON_CHILD = ':scope > script[type="application/json"]';

/** An element whose clinic may override its content: by the `content` property or a JSON child. */
export type OverrideHost = ReactiveControllerHost & Element & { readonly content?: unknown };

/** The content to render and the sources it may cite. */
export interface ResolvedContent<T> {
  readonly content: T;
  readonly citations: Citations;
}

/**
 * A clinic's content override: the host's `content` property, else a `<script type="application/json">`
 * child, watched for edits. The element's override rules (its `*.schema.ts`, which read, check and merge
 * the override) load only when a page gives one, so a page without overrides never downloads them.
 */
export class ContentOverrideController implements ReactiveController {
  private childObserver?: MutationObserver;

  constructor(
    private readonly host: OverrideHost,
    private readonly rules: Lazy<OverrideRules>,
    private readonly bibliography: readonly CitedSource[],
    private readonly warn: Warn,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A JSON child may be added or edited after the element upgrades.
    this.childObserver ??= new MutationObserver(() => this.host.requestUpdate());
    this.childObserver.observe(this.host, { childList: true, characterData: true, subtree: true });
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
  }

  /** The page gives an override: the `content` property or a JSON child. */
  get given(): boolean {
    // A server's element has no children (nor querySelector): there the override is the `content` property.
    return this.host.content != null || !!this.host.querySelector?.(JSON_CHILD);
  }

  /** Undefined when no override is given or the rules are here; else the rules' load. */
  load(): Promise<void> | undefined {
    return this.given ? this.rules.load() : undefined;
  }

  /** `defaults` with the override merged over them, and the sources (the clinic's become citable). */
  resolve<T extends object>(defaults: T, locale: Locale): ResolvedContent<T> {
    const given = this.given;
    const rules = given ? this.rules.value : undefined;
    if (given && !rules) {
      this.warn(
        'content:checks',
        'ignored the content override (its checks could not be loaded). Using the default content.',
      );
    }
    const { content, sources } = rules ? rules.resolve(this.host, defaults, locale, this.warn) : { content: defaults };
    return { content, citations: new Citations(this.bibliography, sources) };
  }
}
