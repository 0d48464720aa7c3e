/**
 * Types of the content data. Content modules hold data only; they import nothing that renders.
 */

/** One sentence or short paragraph shown to a patient, with the ids of the sources that support it. */
export interface Statement {
  readonly text: string;
  /** Ids from `SOURCES` (or from a clinic override's own `sources`). Every default statement has one. */
  readonly sources?: readonly string[];
}

/** One entry of the bibliography. */
export interface Source {
  readonly title: string;
  readonly publisher: string;
  readonly year?: number;
  readonly url: string;
}

/** A source with the id statements cite it by: the built-in ones, and a clinic's own in an override. */
export interface CitedSource extends Source {
  readonly id: string;
}

/** Interface text shared by every element. */
export interface CommonStrings {
  readonly sourcesHeading: string;
  /** Screen-reader words around citation numbers: "(sources 1, 3)". */
  readonly citationPrefix: string;
  /** "Information updated {date}." */
  readonly updated: string;
  /** "Reviewed by {name}." */
  readonly reviewedBy: string;
  /** "Reviewed on {date}." */
  readonly reviewedOn: string;
  /** "Reviewed by {name} on {date}." */
  readonly reviewedByOn: string;
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
}
