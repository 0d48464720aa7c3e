import type { CommonStrings } from '../types.js';

export const common: CommonStrings = {
  sourcesHeading: 'Fuentes',
  citationPrefix: 'fuentes',
  updated: 'Información actualizada en {date}.',
  reviewedBy: 'Revisado por {name}.',
  reviewedOn: 'Revisado el {date}.',
  reviewedByOn: 'Revisado por {name} el {date}.',
  disclaimer: 'Esta es información general, no un consejo médico. Hable con su propio médico sobre su atención.',
  renderError: 'No se pudo mostrar esta información. Pregunte en su clínica.',
  carePrefix: { emergency: 'Emergencia:', urgent: 'Urgente:', routine: 'No urgente:' },
  yourClinic: 'su clínica',
  phoneLabel: 'Teléfono de {clinic}:',
};
