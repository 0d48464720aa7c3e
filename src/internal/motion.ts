/**
 * Whether motion should stay still: the reader's `prefers-reduced-motion`, or a page (or Storybook's motion
 * switch) that sets `--prp-motion-duration: 0s`. CSS follows the same token, so both always agree.
 */
export function motionReduced(element: Element): boolean {
  if (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches) return true;
  const duration = getComputedStyle(element).getPropertyValue('--prp-motion-duration').trim();
  return duration === '0s' || duration === '0ms' || duration === '0';
}
