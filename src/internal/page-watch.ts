import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Elements to re-render when a `lang` attribute on the page changes, or printing starts or ends. */
const hosts = new Set<ReactiveControllerHost>();
let watching = false;

/** The page is printing: every element shows its sources, to print CSS and screen readers alike. */
export let printing = false;

const updateAll = () => hosts.forEach((host) => host.requestUpdate());

/** One observer of `lang` and one pair of print listeners for the page, however many elements it has. */
function watchPage(): void {
  if (watching || typeof MutationObserver === 'undefined') return;
  watching = true;
  new MutationObserver(updateAll).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  const print = (on: boolean) => () => {
    printing = on;
    updateAll();
  };
  window.addEventListener('beforeprint', print(true));
  window.addEventListener('afterprint', print(false));
}

/** Re-renders its host, while connected, when any `lang` on the page changes and when printing starts or ends. */
export class PageWatchController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchPage();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }
}
