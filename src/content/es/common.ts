import type { CommonStrings } from '../types.js';

export const common: CommonStrings = {
  sourcesHeading: 'Fuentes ({count})',
  sourcesInEnglish: 'Fuentes en inglés ({count})',
  citationPrefix: { one: 'fuente', other: 'fuentes' },
  updated: 'Información actualizada en {date}.',
  nextReview: 'Próxima revisión en {date}.',
  reviewedBy: 'Revisado por {name}.',
  reviewedOn: 'Revisado el {date}.',
  reviewedByOn: 'Revisado por {name} el {date}.',
  notReviewed: 'Ningún profesional de salud de esta clínica ha revisado esta información.',
  writtenBy: 'Escrito por el proyecto prp-widgets a partir de las fuentes de arriba.',
  publishedBy: 'Publicado por {name}.',
  disclaimer: 'Esta es información general, no un consejo médico. Hable con su propio médico sobre su atención.',
  renderError: 'No se pudo mostrar esta información. Pregunte en su clínica.',
  carePrefix: { emergency: 'Emergencia:', urgent: 'Urgente:', routine: 'No urgente:' },
  yourClinic: 'su clínica',
  phoneLabel: 'Teléfono de {clinic}:',
  days: { one: '{n} día', other: '{n} días' },
  weeks: { one: '{n} semana', other: '{n} semanas' },
  regional: {
    // The default text names the emergency room exactly as "la sala de emergencias", so "vaya a la sala
    // de emergencias" becomes "vaya a urgencias".
    places: {
      emergencyRoom: 'la sala de emergencias',
      accidentAndEmergency: 'urgencias',
      emergencyDepartment: 'urgencias',
    },
    terms: {
      // Words used in Spain. Longer phrases first: each swap sees the text the one before it left.
      ES: [
        ['acetaminofén (Tylenol)', 'paracetamol'],
        ['acetaminofén', 'paracetamol'],
        ['terapia física', 'fisioterapia'],
      ],
    },
  },
};
