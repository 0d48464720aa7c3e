import { property } from 'lit/decorators.js';
import { parsePhone, type PhoneNumber } from './attributes.js';
import { PrpElement } from './prp-element.js';

/** How a patient reaches help, after validation. */
export interface ClinicContact {
  /** The clinic's name, or undefined for the "your clinic" wording. */
  readonly name?: string;
  /** The clinic's phone, or undefined for text without a link. */
  readonly phone?: PhoneNumber;
  readonly emergency: PhoneNumber;
}

export const DEFAULT_EMERGENCY_NUMBER: PhoneNumber = { display: '911', dial: '911' };

const PHONE_EXPECTED = 'a phone number of 3 to 15 digits';

/**
 * Base class of elements that tell a patient to call the emergency number: `emergency-number`, checked,
 * with one warning for a bad value.
 */
export abstract class PrpEmergencyElement extends PrpElement {
  /** The emergency phone number (`911`; `999` in the UK, `112` in the EU), shown as a `tel:` link. */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  protected get emergencyPhone(): PhoneNumber {
    return this.option('emergency-number', this.emergencyNumber, parsePhone, DEFAULT_EMERGENCY_NUMBER, PHONE_EXPECTED, DEFAULT_EMERGENCY_NUMBER.display);
  }
}

/**
 * Base class of elements that tell a patient whom to call: the clinic's name and phone, and the
 * emergency number. Invalid numbers warn once and show text without a broken link.
 */
export abstract class PrpClinicElement extends PrpEmergencyElement {
  /** The clinic's name, used in `Call <clinic> if:`: plain text, at most 80 characters (markup and control characters are refused). Unset: "your clinic". */
  @property({ attribute: 'clinic-name' }) clinicName?: string;

  /** The clinic's phone number (3–15 digits), shown as a `tel:` link. Unset or invalid: no link. */
  @property({ attribute: 'clinic-phone' }) clinicPhone?: string;

  protected get contact(): ClinicContact {
    return {
      name: this.textOption('clinic-name', this.clinicName, 80),
      phone: this.option('clinic-phone', this.clinicPhone, parsePhone, undefined, PHONE_EXPECTED, 'no phone link'),
      emergency: this.emergencyPhone,
    };
  }
}
