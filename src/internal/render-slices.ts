/**
 * First renders share the main thread in slices: a task renders waiting elements, in the page's order, until
 * it has spent `SLICE_MS` on them; the rest wait for later tasks. A page with many widgets then never blocks
 * the reader in one long task, the first widgets (usually those in view) come first, and a page with a few
 * renders them all in its first slice, as before.
 */
const SLICE_MS = 30;

/**
 * While first renders wait for their slices, widgets far from the view skip layout and paint: the frame after
 * each slice then lays out the widgets near the view, not the whole page again. Once none waits, the rule
 * goes, in one style change, so a page's geometry (and find-in-page, anchors, print) is the usual one after.
 */
const SKIP_OFFSCREEN = '@media screen{:host{content-visibility:auto;contain-intrinsic-block-size:auto 60em}}';
/**
 * The sheet with that rule, never changed once made: the rule comes and goes by adopting the sheet, never by
 * editing it. WebKit (WebKitGTK 2.50; the code is the same in Safari's engine) crashes the tab when a sheet
 * changes while a shadow root whose element was removed and collected still adopts it.
 */
let skipSheet: CSSStyleSheet | undefined;
let skipping = false;
/** The shadow roots of the widgets in a page now (only those can need the rule). */
const joined = new Set<ShadowRoot>();

interface Waiting {
  element: Element;
  render(): void;
}

const waiting: Waiting[] = [];
/** When the current task's slice ends; 0 while no slice is open in this task. */
let sliceEnd = 0;
let sliceQueued = false;
let inPageOrder = true;
let channel: MessageChannel | undefined;

/** Gives `root` the rule that skips far widgets while first renders wait, from now until `leaveSliceStyles`. */
export function joinSliceStyles(root: ShadowRoot): void {
  joined.add(root);
  applySkip(root);
}

/** `root`'s widget left the page: the rule no longer follows it (what it has adopted stays unchanged). */
export function leaveSliceStyles(root: ShadowRoot): void {
  joined.delete(root);
}

function applySkip(root: ShadowRoot): void {
  const adopted = root.adoptedStyleSheets;
  const has = skipSheet !== undefined && adopted.includes(skipSheet);
  if (skipping && !has) root.adoptedStyleSheets = [...adopted, (skipSheet ??= makeSkipSheet())];
  else if (!skipping && has) root.adoptedStyleSheets = adopted.filter((sheet) => sheet !== skipSheet);
}

function makeSkipSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SKIP_OFFSCREEN); // before any root adopts it
  return sheet;
}

/** Runs `render` (`element`'s first) in this task's slice if it has time left, else in a later task's. */
export function inRenderSlice<R>(element: Element, render: () => R): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    waiting.push({
      element,
      render() {
        try {
          resolve(render());
        } catch (error) {
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- Lit gets what the render threw, as thrown
          reject(error);
        }
      },
    });
    inPageOrder = false;
    if (sliceEnd === 0) openSlice();
    // After the microtasks already queued: the other elements defined in the same task join first.
    if (!sliceQueued) queueMicrotask(runSlice);
    sliceQueued = true;
  });
}

/** Opens this task's slice; a message (a task of its own, with no timer clamp) closes it and starts the next. */
function openSlice(): void {
  sliceEnd = performance.now() + SLICE_MS;
  channel ??= new MessageChannel();
  channel.port1.onmessage = nextSlice;
  channel.port2.postMessage(0);
}

function runSlice(): void {
  sliceQueued = false;
  if (!inPageOrder) {
    waiting.sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1));
    inPageOrder = true;
  }
  while (waiting.length > 0 && performance.now() < sliceEnd) waiting.shift()!.render();
  skipFarWidgets(waiting.length > 0);
}

function skipFarWidgets(skip: boolean): void {
  if (skip === skipping) return;
  skipping = skip;
  for (const root of joined) applySkip(root);
}

function nextSlice(): void {
  sliceEnd = 0;
  if (waiting.length === 0) return;
  openSlice();
  runSlice();
}
