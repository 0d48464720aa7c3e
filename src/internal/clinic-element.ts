import { property } from 'lit/decorators.js';

import { parsePhone, type PhoneNumber } from './attributes.js';
import { PrpElement } from './prp-element.js';
import { defaultEmergencyNumber } from './region.js';

/** How a patient reaches help, after validation. */
export interface ClinicContact {
  /** The clinic's name, or undefined for the "your clinic" wording. */
  readonly name?: string;
  /** The clinic's phone, or undefined for text without a link. */
  readonly phone?: PhoneNumber;
  readonly emergency: PhoneNumber;
}

const PHONE_EXPECTED = 'a phone number of 3 to 15 digits';

/**
 * Base class of elements that tell a patient to call the emergency number: `emergency-number`, checked,
 * with one warning for a bad value. The default fits the region of `lang`, and the number names the place
 * (911: the emergency room; 999: A&E; 112 and others: the emergency department).
 */
export abstract class PrpEmergencyElement extends PrpElement {
  /**
   * The emergency phone number, shown as a `tel:` link. Unset: `999` for `lang="en-GB"`, `112` for
   * `lang="es-ES"`, else `911`. It also names the place: 999 says A&E, 112 (or any other) the emergency department.
   */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  protected get emergencyPhone(): PhoneNumber {
    const dial = defaultEmergencyNumber(this.region);
    const fallback = { display: dial, dial };
    return this.options.value(
      'emergency-number',
      this.emergencyNumber,
      parsePhone,
      fallback,
      PHONE_EXPECTED,
      fallback.display,
    );
  }

  protected override get emergencyDial(): string {
    return this.emergencyPhone.dial;
  }
}

/**
 * Base class of elements that tell a patient whom to call: the clinic's name and phone, and the
 * emergency number. Invalid numbers warn once and show text without a broken link.
 */
export abstract class PrpClinicElement extends PrpEmergencyElement {
  /** The clinic's name, used in `Call <clinic> today if:`: plain text, at most 80 characters (markup and control characters are refused). Unset: "your clinic". */
  @property({ attribute: 'clinic-name' }) clinicName?: string;

  /** The clinic's phone number (3–15 digits), shown as a `tel:` link. Unset or invalid: no link. */
  @property({ attribute: 'clinic-phone' }) clinicPhone?: string;

  protected get contact(): ClinicContact {
    return {
      name: this.options.text('clinic-name', this.clinicName, 80),
      phone: this.options.value(
        'clinic-phone',
        this.clinicPhone,
        parsePhone,
        undefined,
        PHONE_EXPECTED,
        'no phone link',
      ),
      emergency: this.emergencyPhone,
    };
  }

  protected override get publisherName(): string | undefined {
    return super.publisherName ?? this.contact.name;
  }
}
