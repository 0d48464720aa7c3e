import type { Statement } from '../../content/types.js';
import type { Procedure } from '../../internal/procedures.js';

/** Which treatment the timeline describes: one list with the diagram's. */
export { type Procedure, PROCEDURES } from '../../internal/procedures.js';

export const ICE_ADVICE = ['allowed', 'avoid'] as const;
/** The clinic's advice on ice packs after the injection. */
export type IceAdvice = (typeof ICE_ADVICE)[number];

/** A clinic protocol setting whose wording depends on an attribute. */
export type ProtocolKey = 'nsaid' | 'ice' | 'followUp';

/** A line in a phase: a sourced statement, or the clinic's protocol wording for `protocol`. */
export type PhaseItem = Statement | { readonly protocol: ProtocolKey };

export interface TimelinePhase {
  /** Must match the phase window at the same position (see `PHASE_WINDOWS`). */
  readonly id: string;
  readonly title: string;
  readonly normal: readonly Statement[];
  readonly do: readonly PhaseItem[];
  readonly avoid: readonly PhaseItem[];
  /** Reasons to call the clinic, shown under "Call <clinic> if:". */
  readonly callIf: readonly Statement[];
}

/** Neutral default wording, and the wording used when the clinic sets the matching attribute. */
export interface ProtocolWording {
  /** `{days}` is `nsaid-free-days`. */
  readonly nsaid: { readonly unset: Statement; readonly set: Statement };
  readonly ice: { readonly unset: Statement; readonly allowed: Statement; readonly avoid: Statement };
  /** `{weeks}` is `follow-up-weeks`. */
  readonly followUp: { readonly unset: Statement; readonly set: Statement };
}

export interface CalendarMilestone {
  readonly id: string;
  /** Days after the procedure date. */
  readonly day: number;
  readonly summary: string;
  readonly description: string;
}

/** The content for one procedure: what a clinic can override, field by field. */
export interface TimelineContent {
  readonly title: string;
  readonly intro: readonly Statement[];
  /** When to get emergency help, shown above the stages: `title` (with `{emergency}`) and the signs. */
  readonly emergency: { readonly title: string; readonly signs: readonly Statement[] };
  readonly before: { readonly title: string; readonly steps: readonly PhaseItem[] };
  readonly phases: readonly TimelinePhase[];
  readonly complete: { readonly title: string; readonly body: readonly Statement[] };
  readonly protocol: ProtocolWording;
  /** Milestones for the `.ics` file; the one with id `follow-up` moves to `follow-up-weeks` when set. */
  readonly milestones: readonly CalendarMilestone[];
}

/** Interface text of the element (not medical content). */
export interface TimelineStrings {
  readonly phasesLabel: string;
  readonly statusDone: string;
  readonly statusNow: string;
  readonly statusUpcoming: string;
  /** `{day}`: days since the procedure. */
  readonly dayAfter: string;
  readonly injectionDay: string;
  /** `{when}`: "tomorrow", "in 5 days". */
  readonly countdown: string;
  readonly completeSummary: string;
  /** `{start}`, `{end}`: formatted dates. */
  readonly dateRange: string;
  readonly normalHeading: string;
  readonly doHeading: string;
  readonly avoidHeading: string;
  /** `{clinic}`: clinic name or "your clinic". */
  readonly callHeading: string;
  readonly showAll: string;
  readonly hideAll: string;
  readonly download: string;
  /** Said once the calendar file is made: "Calendar file {file} made. Open it to add the dates." */
  readonly downloaded: string;
  readonly downloadNote: string;
  /** `.ics` file name without extension. */
  readonly fileName: string;
  /** The calendar summary of a follow-up visit at `follow-up-weeks`; `{clinic}`. */
  readonly followUpEvent: string;
}

export interface TimelineLocaleContent {
  readonly strings: TimelineStrings;
  readonly procedures: { readonly [P in Procedure]: TimelineContent };
}

/** What the element bundles per language: the labels and PRP; prolotherapy loads when a page asks for it. */
export interface TimelineBaseContent {
  readonly strings: TimelineStrings;
  readonly prp: TimelineContent;
}

/** Detail of `prp-phase-toggle`. */
export interface PhaseToggleDetail {
  readonly phase: string;
  readonly open: boolean;
}

/** Detail of `prp-calendar-download`. Cancel the event to stop the download. */
export interface CalendarDownloadDetail {
  readonly fileName: string;
  readonly events: number;
}

declare global {
  interface HTMLElementEventMap {
    'prp-phase-toggle': CustomEvent<PhaseToggleDetail>;
    'prp-calendar-download': CustomEvent<CalendarDownloadDetail>;
  }
}
