/**
 * IBM Equal Access beside axe: after every story renders (and its play function ends), the Equal Access
 * engine (`accessibility-checker-engine`, the in-page engine only: no browser download, no network) checks
 * the story's canvas with the `IBM_Accessibility` guideline (WCAG 2.0–2.2 A and AA plus IBM's additions),
 * and any result of level `violation` fails the story test with a list of what failed and where.
 *
 * Registered in main.ts (`previewAnnotations`, listed first so that it runs after every other afterEach,
 * axe's included). It runs in story tests only (Vitest: `npx vitest run --project storybook`, or the
 * Storybook test widget); when browsing Storybook, the a11y panel shows axe and the engine is never loaded.
 *
 * What fails: `violation` only (value VIOLATION + FAIL: the rule is sure it found a failure).
 * `potentialviolation`, `recommendation`, `potentialrecommendation` and `manual` do not fail, by choice:
 * they are prompts for a person to judge, not findings. On these stories they come to hundreds per run,
 * and when this check was added (engine 4.0.34) none of them was a real failure: buttons and links kept
 * out of the Tab order on purpose (citation links: a keyboard reader reaches every source through the
 * "Sources (n)" button), size words in the copy ("small studies",
 * "tiny cells") read as sensory instructions, the story frame's inline colours, `<li value>` in the sources
 * list called deprecated (it is valid HTML). Failing on them would need an ignore list longer than the
 * stories, which would also hide the next real finding, and the text-level ones move with every content edit.
 * Review them with the Equal Access browser extension when markup changes.
 *
 * Shadow DOM: the engine walks into open shadow roots itself (its DOMWalker enters `element.shadowRoot` and
 * follows slot assignment); results inside an element show `#document-fragment[1]` in their path. Every
 * element here uses an open root.
 *
 * A story opts out with `parameters.equalAccess.disable`, whose value is the reason. A false positive is
 * ignored narrowly with `parameters.equalAccess.ignore` (story or file level) or `IGNORED` below (all
 * stories): a rule id, the element's shadow host and a selector the element matches, and the reason.
 */
import type { Report } from 'accessibility-checker-engine/v4/api/IReport';
import type { Issue } from 'accessibility-checker-engine/v4/api/IRule';
import type { AfterEach } from 'storybook/internal/types';

/** The guideline (rule set) checked: the engine's `IBM_Accessibility`, its default and fullest set. */
const GUIDELINE = 'IBM_Accessibility';

/** One false positive to ignore: every field must match. `reason` is required: the evidence, not "it fails". */
export interface EqualAccessIgnore {
  /** The engine's rule id, e.g. `input_label_exists`. */
  readonly ruleId: string;
  /** Local name of the shadow host the element is in (e.g. `prp-faq`); omit for an element in light DOM. */
  readonly host?: string;
  /** A CSS selector the element itself matches (checked with `element.matches`, within its own tree). */
  readonly selector: string;
  /** Why this is a false positive. */
  readonly reason: string;
}

/** `parameters.equalAccess`. */
export interface EqualAccessParameters {
  /** Skip the check for this story. The value is the reason, and must say why. */
  readonly disable?: string;
  /** False positives to ignore in this story (or file, set on the meta). */
  readonly ignore?: readonly EqualAccessIgnore[];
}

/** False positives ignored in every story. Empty: no story showed an Equal Access violation. */
const IGNORED: readonly EqualAccessIgnore[] = [];

type AceModule = typeof import('accessibility-checker-engine/ace-node.js');
type Checker = InstanceType<AceModule['Checker']>;

let checker: Promise<Checker> | undefined;

/** One Checker per test frame, loaded on first use (the engine is ~700 kB; Storybook itself never loads it). */
function getChecker(): Promise<Checker> {
  checker ??= import('accessibility-checker-engine/ace-node.js').then((module) => {
    // ace-node.js is CommonJS (`module.exports = ace`); Vite's pre-bundling exposes it as the default export.
    const ace = (module as { default?: AceModule }).default ?? module;
    return new ace.Checker();
  });
  return checker;
}

/** The report level of a result, as the accessibility-checker package derives it from `value`. */
function levelOf(issue: Issue): string {
  // The engine's enums as the strings they are (the accessibility-checker package compares them the same way).
  const [policy, confidence] = issue.value as readonly string[];
  if (confidence === 'PASS') return 'pass';
  if (confidence === 'MANUAL') return 'manual';
  const potential = confidence === 'POTENTIAL' ? 'potential' : '';
  if (policy === 'VIOLATION') return `${potential}violation`;
  if (policy === 'RECOMMENDATION') return `${potential}recommendation`;
  return 'information';
}

const hostOf = (element: Element) => {
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : undefined;
};

function isIgnored(issue: Issue, ignores: readonly EqualAccessIgnore[]): EqualAccessIgnore | undefined {
  const element = issue.node instanceof Element ? issue.node : issue.node?.parentElement;
  if (!element) return undefined;
  return ignores.find(
    (ignore) =>
      ignore.ruleId === issue.ruleId && hostOf(element)?.localName === ignore.host && element.matches(ignore.selector),
  );
}

/** `tag#id.class` steps from the canvas down to the element, `>>` where a shadow root is entered. */
function locate(node: Node, canvas: Element): string {
  const steps: string[] = [];
  let element: Element | undefined = node instanceof Element ? node : (node.parentElement ?? undefined);
  while (element && element !== canvas) {
    const classes = [...element.classList]
      .slice(0, 2)
      .map((name) => `.${name}`)
      .join('');
    steps.unshift(`${element.localName}${element.id ? `#${element.id}` : ''}${classes}`);
    const parent: Element | null = element.parentElement;
    if (parent) {
      element = parent;
    } else {
      element = hostOf(element);
      if (element) steps.unshift('>>');
    }
  }
  // The innermost steps: the frame's wrappers around the element say nothing.
  return steps.slice(-12).join(' ');
}

function describe(issues: readonly Issue[], canvas: Element, storyId: string): string {
  const lines = issues.map((issue, index) =>
    [
      `${index + 1}. ${issue.ruleId} (${String(issue.reasonId)}): ${issue.message}`,
      `   element: ${locate(issue.node, canvas)}`,
      `   path:    ${issue.path.dom}`,
      `   snippet: ${issue.snippet}`,
      `   help:    node_modules/accessibility-checker-engine/help/en-US/${issue.ruleId}.html`,
    ].join('\n'),
  );
  const count = `${issues.length} violation${issues.length === 1 ? '' : 's'}`;
  return [
    `IBM Equal Access (${GUIDELINE}): ${count} in story "${storyId}"`,
    ...lines,
    'A false positive can be ignored narrowly: parameters.equalAccess.ignore = [{ ruleId, host, selector, reason }] (.storybook/equal-access.ts).',
  ].join('\n');
}

/** A project-annotations entry (main.ts `previewAnnotations`): this module's only annotation. */
export const afterEach: AfterEach = async ({ canvasElement, id, parameters, viewMode }) => {
  // Story tests only: Vitest browser mode sets this global (Storybook's own isTestEnvironment checks it too).
  if (viewMode !== 'story' || !('__vitest_browser__' in globalThis)) return;
  const options = (parameters.equalAccess ?? {}) as EqualAccessParameters;
  if (options.disable !== undefined) {
    if (!options.disable.trim()) throw new Error(`Story "${id}": parameters.equalAccess.disable must give the reason.`);
    return;
  }
  const ignores = [...IGNORED, ...(options.ignore ?? [])];
  for (const ignore of ignores) {
    if (!ignore.reason?.trim())
      throw new Error(`Story "${id}": Equal Access ignore for ${ignore.ruleId} has no reason.`);
  }

  // Play functions await rendering already; this covers stories without one.
  const canvas = canvasElement as HTMLElement;
  const elements = [...canvas.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(elements.map((element) => element.updateComplete ?? Promise.resolve()));

  const report: Report = await (await getChecker()).check(canvas, [GUIDELINE]);
  const violations = report.results.filter((issue) => levelOf(issue) === 'violation' && !isIgnored(issue, ignores));
  if (violations.length) throw new Error(describe(violations, canvas, id));
};
