/** Care-card urgency levels, in reading order (most urgent first). No rendering here: pure logic uses it. */
export const CARE_LEVELS = ['emergency', 'urgent', 'routine'] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];
