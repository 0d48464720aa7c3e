/**
 * The `expect` of the browser tests: Vitest's jest-style matchers (`toBe`, `toStrictEqual`, `toContain`,
 * `toHaveBeenCalledWith`, `expect.stringContaining` …) from @vitest/expect, the same package and version
 * behind the unit tests, the embedding suite and (through `storybook/test`) the stories, set up here for
 * mocha under @web/test-runner. One assertion style everywhere: chai's `.to.equal` chains are not used
 * (eslint.config.mjs rejects them), and spies come from @vitest/spy (`fn`, `spyOn`).
 *
 * Added: `await expect(element).toBeAccessible()`, axe-core's check of the element and what it contains
 * (every rule axe runs by default; fails with the rule, impact, help and each failing node).
 */
import {
  ASYMMETRIC_MATCHERS_OBJECT,
  chai,
  type ExpectStatic,
  getState,
  GLOBAL_EXPECT,
  isAsymmetric,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  type MatcherState,
  setState,
} from '@vitest/expect';
import type { AxeResults } from 'axe-core';

declare module '@vitest/expect' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any -- the type parameter as @vitest/expect declares it
  interface Matchers<T = any> {
    /** The element passes axe-core's checks (its default rules). Await it. */
    toBeAccessible(): Promise<void>;
  }
}

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(JestAsymmetricMatchers);

/**
 * `value` as plain data that survives the trip to Node: web-test-runner sends a failure's `actual` and
 * `expected` there, and a DOM node or an asymmetric matcher (`expect.arrayContaining`) never arrives, so the run
 * would hang until testsFinishTimeout and name no test. Nodes become their markup (cut short), matchers their
 * description, other objects their own fields (to a depth of 6); cycles are marked.
 */
function transferable(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'symbol' || typeof value === 'function' || typeof value === 'bigint') return String(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Element) return value.outerHTML.slice(0, 300);
  if (value instanceof Node) return value.nodeName;
  if (isAsymmetric(value)) return chai.util.inspect(value);
  if (value instanceof Date || value instanceof RegExp) return String(value);
  if (seen.has(value)) return '[Circular]';
  if (depth > 6) return '[…]';
  seen.add(value);
  const next = (item: unknown) => transferable(item, depth + 1, seen);
  if (value instanceof Map) return Array.from(value, ([key, item]) => [next(key), next(item)]);
  if (Array.isArray(value) || value instanceof Set || value instanceof NodeList || value instanceof HTMLCollection)
    return Array.from(value as Iterable<unknown>, next);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, next(item)]));
}

/** Every failed assertion carries its values as `transferable` data. */
const prototype = chai.Assertion.prototype as unknown as { assert: (...args: unknown[]) => void };
const originalAssert = prototype.assert;
prototype.assert = function (this: unknown, ...args: unknown[]) {
  try {
    originalAssert.apply(this, args);
  } catch (error) {
    if (error instanceof chai.AssertionError) {
      const failure = error as Error & { actual?: unknown; expected?: unknown };
      failure.actual = transferable(failure.actual);
      failure.expected = transferable(failure.expected);
    }
    throw error;
  }
};

/** Counts each call in the matcher state, as Vitest's own `expect` does. */
export const expect = ((value: unknown, message?: string) => {
  setState({ assertionCalls: getState(expect).assertionCalls + 1 }, expect);
  return chai.expect(value, message);
}) as ExpectStatic;

Object.assign(expect, chai.expect);
Object.assign(expect, (globalThis as Record<symbol, unknown>)[ASYMMETRIC_MATCHERS_OBJECT]);
expect.getState = () => getState(expect);
expect.setState = (state) => setState(state, expect);
setState<MatcherState>({ assertionCalls: 0, isExpectingAssertions: false }, expect);
expect.extend = (matchers) =>
  (chai.expect as unknown as { extend: (e: ExpectStatic, m: unknown) => void }).extend(expect, matchers);
Object.defineProperty(globalThis, GLOBAL_EXPECT, { value: expect, writable: true, configurable: true });

declare global {
  interface Window {
    axe?: typeof import('axe-core');
  }
}

/** axe-core, loaded on first use: its script sets `window.axe` (it is not an ES module). */
async function loadAxe(): Promise<typeof import('axe-core')> {
  if (!window.axe) await import('axe-core');
  if (!window.axe) throw new Error('axe-core did not load');
  return window.axe;
}

/** The violations in words: rule, impact, help, then each failing node (as chai-a11y-axe printed them). */
function describeViolations(violations: AxeResults['violations']): string {
  const lines = ['Accessibility violations', '---'];
  for (const violation of violations) {
    lines.push(`Rule: ${violation.id}`, `Impact: ${violation.impact}`, `${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes) {
      lines.push('', `Issue target: ${node.target.join(' ')}`, `Context: ${node.html}`);
      if (node.failureSummary) lines.push(node.failureSummary);
    }
    lines.push('---');
  }
  return lines.join('\n');
}

expect.extend({
  async toBeAccessible(this: MatcherState, received: unknown) {
    // Thrown, not a failed match: `.not.toBeAccessible()` must not pass on something that is no element.
    if (!(received instanceof Element))
      throw new TypeError(`toBeAccessible: expected an element, got ${String(received)}`);
    const axe = await loadAxe();
    const { violations } = await axe.run(received, { resultTypes: ['violations'] });
    return {
      pass: violations.length === 0,
      message: () =>
        this.isNot
          ? `expected <${received.localName}> to have accessibility violations, but axe found none`
          : describeViolations(violations),
    };
  },
});
