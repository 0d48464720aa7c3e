/** The treatments whose steps and recovery the timeline and the diagram describe: one list for both. */
export const PROCEDURES = ['prp', 'prolotherapy'] as const;
export type Procedure = (typeof PROCEDURES)[number];
