import { describe, expect, it } from 'vitest';

import { introView } from '../../src/components/{{tag}}/{{name}}.logic.js';

describe('{{words}} logic', () => {
  it('shows every intro paragraph, with no button, when preview is unset or covers them all', () => {
    expect(introView(3, undefined, false)).toEqual({ shown: 3, toggle: false });
    expect(introView(3, 3, false)).toEqual({ shown: 3, toggle: false });
    expect(introView(2, 4, false)).toEqual({ shown: 2, toggle: false });
  });

  it('shows the first `preview` paragraphs and the button; all of them, button kept, once opened', () => {
    expect(introView(3, 1, false)).toEqual({ shown: 1, toggle: true });
    expect(introView(3, 2, false)).toEqual({ shown: 2, toggle: true });
    expect(introView(3, 1, true)).toEqual({ shown: 3, toggle: true });
  });
});
