/**
 * Types of the content data. Content modules hold data only; they import nothing that renders.
 */

/**
 * One sentence or short paragraph shown to a patient. Default content either cites the sources that say
 * it, or is marked `ask`: it only tells the reader whom to ask and states no fact, so it cites nothing
 * (a source beside "Ask your clinic" would look as if the source said it).
 */
export interface Statement {
  readonly text: string;
  /** Ids from `SOURCES` (or from a clinic override's own `sources`). */
  readonly sources?: readonly string[];
  /** The statement only points the reader to their clinic, doctor or insurer; it cites nothing. */
  readonly ask?: true;
}

/** One entry of the bibliography. */
export interface Source {
  readonly title: string;
  readonly publisher: string;
  readonly year?: number;
  readonly url: string;
  /** Language of the title, when it differs from English (the default). */
  readonly lang?: string;
}

/** A source with the id statements cite it by: the built-in ones, and a clinic's own in an override. */
export interface CitedSource extends Source {
  readonly id: string;
}

/** Words for a count in each plural category the language uses (`Intl.PluralRules`); `{n}` is the number. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
  readonly few?: string;
  readonly many?: string;
  readonly two?: string;
  readonly zero?: string;
}

/**
 * How the text changes with the reader's region. The default text is written for the US (911, "the
 * emergency room"); `places` replaces the emergency place to fit the emergency number, and each region's
 * `terms` replace US-only words (`[US words, regional words]`, matched as whole words, first letter's
 * case kept). Which region a page gets: `src/internal/region.ts`.
 */
export interface RegionalWording {
  /** The emergency place as the default text words it, and what replaces it for each kind of number. */
  readonly places: {
    readonly emergencyRoom: string;
    readonly accidentAndEmergency: string;
    readonly emergencyDepartment: string;
  };
  /** Word swaps per region code (`GB`), applied after the place. */
  readonly terms: Readonly<Record<string, readonly (readonly [string, string])[]>>;
}

/** Interface text shared by every element. */
export interface CommonStrings {
  /** The button that shows the sources: "Sources ({count})". */
  readonly sourcesHeading: string;
  /** The same in a widget whose language is not English when every source is in English. */
  readonly sourcesInEnglish: string;
  /** Screen-reader words before citation numbers: "(source 1)", "(sources 1, 3)". */
  readonly citationPrefix: PluralForms;
  /** "Information updated {date}." */
  readonly updated: string;
  /** "Next review due {date}." */
  readonly nextReview: string;
  /** "Reviewed by {name}." */
  readonly reviewedBy: string;
  /** "Reviewed on {date}." */
  readonly reviewedOn: string;
  /** "Reviewed by {name} on {date}." */
  readonly reviewedByOn: string;
  /** Shown when no `reviewed-by` is set: the clinic has not reviewed the content. */
  readonly notReviewed: string;
  /** Who wrote the default content. */
  readonly writtenBy: string;
  /** "Published by {name}." */
  readonly publishedBy: string;
  /** The not-medical-advice line; always shown. */
  readonly disclaimer: string;
  /** Shown if an element fails to render its content. */
  readonly renderError: string;
  /** Visually hidden prefixes of care-card headings, as on NHS care cards. */
  readonly carePrefix: { readonly emergency: string; readonly urgent: string; readonly routine: string };
  /** What fills `{clinic}` when no clinic name is set. */
  readonly yourClinic: string;
  /** "Phone {clinic}:", followed by the phone link. */
  readonly phoneLabel: string;
  /** Counts that fill `{days}` and `{weeks}`. */
  readonly days: PluralForms;
  readonly weeks: PluralForms;
  readonly regional: RegionalWording;
}
