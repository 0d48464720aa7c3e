// React 19 passes custom-element attributes through and attaches `on<event>` props as listeners.
// The JSX types come from the package: a wrong attribute value is a type error.
import type {} from 'prp-widgets/jsx-react';
import 'prp-widgets'; // registers every element
import { useState } from 'react';

export function App() {
  const [step, setStep] = useState(1);
  return (
    <main>
      <h1>After your PRP injection</h1>
      <prp-recovery-timeline
        procedure-date="2026-11-12"
        today="2026-11-21"
        clinic-name="Riverside Spine"
        clinic-phone="(555) 013-2480"
      />
      <prp-doctor-checklist mode="checklist" heading-level="2" />
      <p id="step-shown" aria-live="polite">
        Diagram step {step}
      </p>
      <prp-process-diagram onprp-step-change={(event) => setStep(event.detail.step)} />
      <prp-treatment-comparison highlight="prp" />
      <prp-faq searchable topics="prp,recovery,emergency" />
    </main>
  );
}
