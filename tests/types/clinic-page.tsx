// Type test (tsc only, never run): TSX with the generated JSX types, compiled once for React 19
// (tsconfig.react.json + react-env.d.ts) and once for Preact (tsconfig.preact.json + preact-env.d.ts).
// Every @ts-expect-error line must be an error, or tsc fails; every other line must type-check.
import type { PhaseToggleDetail, PrpProcessDiagram } from 'prp-widgets';

export function ClinicPage({ onStep }: { onStep: (step: number) => void }) {
  return (
    <main>
      <prp-recovery-timeline
        procedure="prolotherapy"
        procedure-date="2026-12-01"
        nsaid-free-days={14}
        follow-up-weeks="6"
        ice="avoid"
        clinic-name="Riverside Spine"
        heading-level="3"
        theme="auto"
        onprp-phase-toggle={(event) => {
          const detail: PhaseToggleDetail = event.detail;
          console.log(detail.phase, detail.open);
        }}
      />
      <prp-doctor-checklist
        context="back-pain"
        mode="cards"
        onprp-checklist-change={(event) => console.log(event.detail.level)}
      />
      <prp-process-diagram
        step={2}
        layout="overview"
        ref={(element: PrpProcessDiagram | null) => element?.focus()}
        onprp-step-change={(event) => onStep(event.detail.step)}
      />
      <prp-treatment-comparison treatments="prp,steroid" highlight="prp" view="table" lang="es" />
      <prp-faq
        searchable
        schema={false}
        topics="prp,recovery"
        open="cost"
        onprp-answer-toggle={(event) => console.log(event.detail.id, event.detail.open)}
        onprp-faq-toggle={(event) => console.log('deprecated, still typed', event.detail.open)}
      />

      {/* @ts-expect-error: not a procedure */}
      <prp-recovery-timeline procedure="surgery" />
      {/* @ts-expect-error: dates are YYYY-MM-DD */}
      <prp-recovery-timeline procedure-date="next Tuesday" />
      {/* @ts-expect-error: not a number */}
      <prp-recovery-timeline nsaid-free-days="two weeks" />
      {/* @ts-expect-error: not a checklist mode */}
      <prp-doctor-checklist mode="list" />
      {/* @ts-expect-error: not a treatment */}
      <prp-treatment-comparison highlight="acupuncture" />
      {/* @ts-expect-error: an on/off attribute, not a word */}
      <prp-faq searchable="yes" />
      {/* @ts-expect-error: the step event's detail has no "phase" */}
      <prp-process-diagram onprp-step-change={(event) => event.detail.phase} />
    </main>
  );
}
