import type { CommonStrings } from '../types.js';

export const common: CommonStrings = {
  sourcesHeading: 'Sources ({count})',
  sourcesInEnglish: 'Sources ({count})',
  citationPrefix: { one: 'source', other: 'sources' },
  updated: 'Information updated {date}.',
  nextReview: 'Next review due {date}.',
  reviewedBy: 'Reviewed by {name}.',
  reviewedOn: 'Reviewed on {date}.',
  reviewedByOn: 'Reviewed by {name} on {date}.',
  notReviewed: 'A clinician at this clinic has not reviewed this information.',
  writtenBy: 'Written by the prp-widgets project from the sources above.',
  publishedBy: 'Published by {name}.',
  disclaimer: 'This is general information, not medical advice. Talk with your own doctor about your care.',
  renderError: 'This information could not be shown. Please ask your clinic.',
  carePrefix: { emergency: 'Emergency:', urgent: 'Urgent:', routine: 'Non-urgent:' },
  yourClinic: 'your clinic',
  phoneLabel: 'Phone {clinic}:',
  days: { one: '{n} day', other: '{n} days' },
  weeks: { one: '{n} week', other: '{n} weeks' },
  regional: {
    places: {
      emergencyRoom: 'the emergency room',
      accidentAndEmergency: 'A&E',
      emergencyDepartment: 'the emergency department',
    },
    terms: {
      // UK words (NHS usage). Longer phrases first: each swap sees the text the one before it left.
      GB: [
        ['Get an urgent appointment with a doctor today', 'Ask for an urgent GP appointment or call 111'],
        ['Call a doctor today for an urgent appointment', 'Ask for an urgent GP appointment today'],
        ['go to an urgent care center today', 'call 111'],
        ['See a doctor within', 'See a GP within'],
        ['an appointment with a doctor', 'an appointment with a GP'],
        ['acetaminophen (Tylenol)', 'paracetamol'],
        ['acetaminophen', 'paracetamol'],
        ['physical therapy', 'physiotherapy'],
        ['physical therapist', 'physiotherapist'],
        ['tumor', 'tumour'],
        ['programs', 'programmes'],
        ['program', 'programme'],
      ],
    },
  },
};
