import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

// Written by `npm run analyze` (cem analyze); it must exist before Storybook or the story tests start.
import manifestJson from '../dist/custom-elements.json' with { type: 'json' };
import { FRAME_COLORS, isDark, themeFor } from '../stories/helpers.js';

interface Member {
  readonly kind?: string;
  readonly privacy?: string;
  readonly static?: boolean;
}
interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly { readonly members?: readonly Member[] }[] }[];
}

/**
 * The manifest lists private and protected members (internal state, helpers) and statics too; the
 * Storybook tables and controls should show the public API only.
 */
function publicApiOnly(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.members
          ? {
              ...declaration,
              members: declaration.members.filter(
                (member) => !member.static && (member.privacy === undefined || member.privacy === 'public'),
              ),
            }
          : declaration,
      ),
    })),
  };
}

// Read as unknown, then as the shape used here: the same types whether or not dist/ is built yet (npm test
// lints before it builds).
const manifest: unknown = manifestJson;
setCustomElementsManifest(publicApiOnly(manifest as Manifest)); // CEM -> argTypes + autodocs tables

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/** Manifest rows that the render functions do not take as input: documented in the tables, no control. */
const DOCUMENTATION_ONLY = new Set(['events', 'css shadow parts', 'css custom properties', 'slots']);

const noControlsForDocumentationRows: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      DOCUMENTATION_ONLY.has(String(argType?.table?.category)) ? { ...argType, control: false } : argType,
    ]),
  );

/**
 * Every story sits in a frame that carries the toolbar's language (the elements inherit `lang`), a page
 * background matching the element's theme, and `--prp-motion-duration: 0s` for the reduced-motion setting.
 * A story can set `parameters.frame.padding` (e.g. `0` for an exact-width viewport story).
 */
const withFrame: Decorator = (story, context) => {
  const { lang, motion } = context.globals as { lang?: string; motion?: string };
  const colors = isDark(themeFor(context.args, context)) ? FRAME_COLORS.dark : FRAME_COLORS.light;
  const padding = (context.parameters.frame as { padding?: string } | undefined)?.padding ?? '1rem';
  const style = {
    background: colors.background,
    color: colors.color,
    padding,
    boxSizing: 'border-box',
    // Fill the canvas in story view (layout is fullscreen); docs pages stack many stories, so not there.
    minHeight: context.viewMode === 'story' ? '100vh' : undefined,
    '--prp-motion-duration': motion === 'reduced' ? '0s' : undefined,
  };
  return html`<div lang=${lang ?? 'en'} class="sb-frame" style=${styleMap(style)}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withFrame],
  argTypesEnhancers: [noControlsForDocumentationRows],
  parameters: {
    layout: 'fullscreen', // the frame decorator provides the padding and the background
    controls: { expanded: true },
    a11y: { test: 'error' }, // a11y violations fail story tests (addon-vitest)
  },
  globalTypes: {
    lang: {
      description: 'Language of the page around the element (elements inherit lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English (en)' },
          { value: 'es', title: 'Español (es)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: "Theme given to the element (unless the story sets its own) and the page's background",
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    motion: {
      description: 'Motion: reduced sets --prp-motion-duration: 0s around the element',
      toolbar: {
        title: 'Motion',
        icon: 'lightning',
        items: [
          { value: 'full', title: 'Full motion' },
          { value: 'reduced', title: 'Reduced motion' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'light', motion: 'full' },
};

export default preview;
