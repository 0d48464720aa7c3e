import type { CommonStrings } from '../types.js';

export const common: CommonStrings = {
  sourcesHeading: 'Sources',
  citationPrefix: 'sources',
  updated: 'Information updated {date}.',
  reviewedBy: 'Reviewed by {name}.',
  reviewedOn: 'Reviewed on {date}.',
  reviewedByOn: 'Reviewed by {name} on {date}.',
  disclaimer: 'This is general information, not medical advice. Talk with your own doctor about your care.',
  renderError: 'This information could not be shown. Please ask your clinic.',
  carePrefix: { emergency: 'Emergency:', urgent: 'Urgent:', routine: 'Non-urgent:' },
  yourClinic: 'your clinic',
  phoneLabel: 'Phone {clinic}:',
};
