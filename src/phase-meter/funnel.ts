/**
 * The funnel's numbers: pure, so they are tested without rendering. Only the funnel view,
 * loaded on demand, uses them.
 */
import type { PhaseInput } from './phase-status.js';

/** One step of the funnel: how many reached this phase, and how many of the step before went on. */
export interface FunnelStep {
  /** Index of the phase in the feed's list. */
  index: number;
  value: number;
  /** Whether `value` is the actual (else the target). */
  source: 'actual' | 'target';
  /** This step ÷ the one before (undefined for the first step, or after a step of 0). */
  conversion?: number;
  /** This step ÷ the first step (0–1+, for the bar); undefined when the first step is 0. */
  shareOfFirst?: number;
}

/**
 * The funnel: each phase that has a number (its actual when reported, else its target), in
 * order, with the share of the previous step that went on. Phases with neither are skipped.
 */
export function funnelSteps(phases: readonly PhaseInput[]): FunnelStep[] {
  const steps: FunnelStep[] = [];
  phases.forEach((phase, index) => {
    const value = phase.actual?.value ?? phase.target?.value;
    if (value === undefined) return;
    const previous = steps.at(-1);
    const first = steps[0]?.value ?? value;
    steps.push({
      index,
      value,
      source: phase.actual ? 'actual' : 'target',
      conversion: previous && previous.value > 0 ? value / previous.value : undefined,
      shareOfFirst: first > 0 ? value / first : undefined,
    });
  });
  return steps;
}
