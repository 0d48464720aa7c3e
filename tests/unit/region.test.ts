import { describe, expect, it } from 'vitest';

import { common as commonEn } from '../../src/content/en/common.js';
import { common as commonEs } from '../../src/content/es/common.js';
import {
  defaultEmergencyNumber,
  emergencyPlace,
  regionalize,
  regionalSwaps,
  regionOf,
  swapWords,
} from '../../src/internal/region.js';

describe('regionOf', () => {
  it.each([
    ['en', 'US'],
    ['en-US', 'US'],
    ['en-GB', 'GB'],
    ['en_gb', 'GB'],
    ['es', 'US'],
    ['es-MX', 'US'],
    ['es-ES', 'ES'],
    ['en-AU', 'US'],
    ['', 'US'],
  ] as const)('%j → %s', (tag, region) => expect(regionOf(tag)).toBe(region));
});

describe('emergency number and place', () => {
  it('defaults: 999 in the UK, 112 in Spain, 911 elsewhere', () => {
    expect([defaultEmergencyNumber('US'), defaultEmergencyNumber('GB'), defaultEmergencyNumber('ES')]).toEqual([
      '911',
      '999',
      '112',
    ]);
  });
  it('the number names the place: 911 the emergency room, 999 A&E, 112 and others the emergency department; the UK is always A&E', () => {
    expect(emergencyPlace('US', '911')).toBe('emergencyRoom');
    expect(emergencyPlace('US', '999')).toBe('accidentAndEmergency');
    expect(emergencyPlace('US', '112')).toBe('emergencyDepartment');
    expect(emergencyPlace('US', '000')).toBe('emergencyDepartment');
    expect(emergencyPlace('GB', '112')).toBe('accidentAndEmergency');
  });
});

describe('regionalize', () => {
  const content = {
    id: 'physical-therapy',
    sources: ['physical therapy'],
    title: 'Call {emergency} or go to the emergency room now if:',
    body: ['For pain, ask about acetaminophen (Tylenol).', 'Physical therapy helps. The emergency room is open.'],
  };
  it('leaves US text with 911 untouched, as the same object', () => {
    expect(regionalize(content, commonEn.regional, 'US', 'emergencyRoom')).toBe(content);
  });
  it('swaps the place for 999 and 112 on a US page, and nothing else', () => {
    const ae = regionalize(content, commonEn.regional, 'US', 'accidentAndEmergency');
    expect(ae.title).toBe('Call {emergency} or go to A&E now if:');
    expect(ae.body[0]).toBe('For pain, ask about acetaminophen (Tylenol).');
    expect(regionalize(content, commonEn.regional, 'US', 'emergencyDepartment').title).toBe(
      'Call {emergency} or go to the emergency department now if:',
    );
  });
  it('uses UK words in the UK, keeps a capital first letter, never touches ids or source ids, and caches the copy', () => {
    const uk = regionalize(content, commonEn.regional, 'GB', 'accidentAndEmergency');
    expect(uk.body).toEqual(['For pain, ask about paracetamol.', 'Physiotherapy helps. A&E is open.']);
    expect(uk.id).toBe('physical-therapy');
    expect(uk.sources).toEqual(['physical therapy']);
    expect(regionalize(content, commonEn.regional, 'GB', 'accidentAndEmergency')).toBe(uk);
  });
  it('matches whole words only', () => {
    const swaps = regionalSwaps(commonEn.regional, 'GB', 'accidentAndEmergency');
    expect(swapWords('Programs and programmers; a tumor, tumorous.', swaps)).toBe(
      'Programmes and programmers; a tumour, tumorous.',
    );
  });
  it('Spanish: "la sala de emergencias" becomes "urgencias" for another number', () => {
    const es = { title: 'Llame al {emergency} o vaya a la sala de emergencias ahora mismo si:' };
    expect(regionalize(es, commonEs.regional, 'ES', 'emergencyDepartment').title).toBe(
      'Llame al {emergency} o vaya a urgencias ahora mismo si:',
    );
  });
});
