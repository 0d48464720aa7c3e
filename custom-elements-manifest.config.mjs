// Custom Elements Manifest from the JSDoc in src/: feeds editors, Storybook docs and package consumers.

/** The shared `emit(type, …)` helper makes the analyzer list an event called "type"; only `prp-*` events are real. */
const onlyPrpEvents = {
  name: 'only-prp-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events)
          declaration.events = declaration.events.filter((event) => event.name?.startsWith('prp-'));
      }
    }
  },
};

export default {
  globs: ['src/components/**/*.ts', 'src/internal/prp-element.ts', 'src/internal/clinic-element.ts'],
  exclude: ['src/**/*.logic.ts', 'src/**/*.schema.ts', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  plugins: [onlyPrpEvents],
};
