/**
 * Compile-time checks of `emit`, run by the typecheck step (`tsc --noEmit`): an event's name must be a
 * `prp-*` event declared in `HTMLElementEventMap`, and its detail must match that declaration. Each
 * `@ts-expect-error` fails the typecheck if its line stops being an error.
 */
import '../../src/components/prp-faq/types.js';
import '../../src/components/prp-process-diagram/types.js';

import { html, type TemplateResult } from 'lit';

import { PrpElement } from '../../src/internal/prp-element.js';

export abstract class EmitChecks extends PrpElement {
  protected override renderContent(): TemplateResult {
    this.emit('prp-step-change', { step: 2, id: 'prepare' });
    this.emit('prp-answer-toggle', { id: 'cost', open: true });
    // @ts-expect-error `step` is a number
    this.emit('prp-step-change', { step: '2', id: 'prepare' });
    // @ts-expect-error the detail lacks `open`
    this.emit('prp-answer-toggle', { id: 'cost' });
    // @ts-expect-error another event's detail
    this.emit('prp-answer-toggle', { step: 2, id: 'prepare' });
    // @ts-expect-error not a prp-widgets event
    this.emit('click', {});
    // @ts-expect-error no element declares it
    this.emit('prp-unknown', {});
    return html``;
  }
}
