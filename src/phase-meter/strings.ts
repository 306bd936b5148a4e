import type { Target } from '../feed/schema.js';
import type { Translations } from '../i18n/strings.js';
import type { PhaseStatus } from './phase-status.js';

/** The units a target may count; `percent` and `other` carry no noun. */
export type Unit = NonNullable<Target['unit']>;

/** A noun in the plural categories Swedish and English use (chosen with `Intl.PluralRules`). */
export interface Noun {
  one: string;
  other: string;
}

export interface PhaseMeterStrings {
  /** The name of the list of phases, for screen readers. */
  phasesLabel: string;
  empty: string;
  periodEmpty: string;
  notFound: string;
  /** The visible mark on the phase(s) running today (besides `aria-current`). */
  now: string;
  target: string;
  actual: string;
  time: string;
  noActual: string;
  noTarget: string;
  /** "120 företag senast 31 december 2016". */
  byDeadline: (quantity: string, date: string) => string;
  /** "124 företag per 31 december 2016". */
  asOf: (quantity: string, date: string) => string;
  /** Nouns for each unit that has one. */
  units: Record<Exclude<Unit, 'percent' | 'other'>, Noun>;
  /** "87 av 120 företag" (the target already carries its unit). */
  outOf: (actual: string, target: string) => string;
  /** For percentage targets: "35 % mot målet 40 %". */
  againstPercentTarget: (actual: string, target: string) => string;
  /** Accessible names of the bars. */
  meterLabel: (phase: string) => string;
  timeLabel: (phase: string) => string;
  /** "dag 120 av 366". */
  dayOf: (day: string, total: string) => string;
  status: Record<PhaseStatus, string>;
  /** Why on track or behind: "92 % av målet när 80 % av tiden hade gått (31 december 2017)". */
  paceDetail: (targetPercent: string, timePercent: string, date: string) => string;
  period: string;
  periodBarLabel: string;
  from: (date: string) => string;
  budget: string;
  members: string;
}

export const phaseMeterStrings: Translations<PhaseMeterStrings> = {
  sv: {
    phasesLabel: 'Faser',
    empty: 'Det finns inga faser att visa.',
    periodEmpty: 'Programperioden finns inte med i uppgifterna.',
    notFound: 'Fasen finns inte längre med i uppgifterna.',
    now: 'Pågår nu',
    target: 'Mål',
    actual: 'Utfall',
    time: 'Tid',
    noActual: 'inget rapporterat ännu',
    noTarget: 'inget mål angivet',
    byDeadline: (quantity, date) => `${quantity} senast ${date}`,
    asOf: (quantity, date) => `${quantity} per ${date}`,
    units: {
      companies: { one: 'företag', other: 'företag' },
      participants: { one: 'deltagare', other: 'deltagare' },
      events: { one: 'evenemang', other: 'evenemang' },
      members: { one: 'medlem', other: 'medlemmar' },
    },
    outOf: (actual, target) => `${actual} av ${target}`,
    againstPercentTarget: (actual, target) => `${actual} mot målet ${target}`,
    meterLabel: (phase) => `${phase}: utfall mot mål`,
    timeLabel: (phase) => `${phase}: tid som har gått`,
    dayOf: (day, total) => `dag ${day} av ${total}`,
    status: {
      'not-started': 'Inte påbörjad',
      reached: 'Målet nått',
      'on-track': 'Enligt plan',
      behind: 'Efter plan',
      'ended-short': 'Avslutad, målet nåddes inte',
      'no-actual': 'Inget utfall rapporterat',
      'no-deadline': 'Inget slutdatum att mäta takten mot',
      'no-start': 'Inget startdatum att mäta takten mot',
      running: 'Pågår',
      ended: 'Avslutad',
      'no-target': 'Inget mål angivet',
    },
    paceDetail: (targetPercent, timePercent, date) => `${targetPercent} av målet när ${timePercent} av tiden hade gått (${date})`,
    period: 'Programperiod',
    periodBarLabel: 'Tid som har gått av programperioden',
    from: (date) => `från ${date}`,
    budget: 'Budget',
    members: 'Medlemmar',
  },
  en: {
    phasesLabel: 'Phases',
    empty: 'There are no phases to show.',
    periodEmpty: 'The programme period is not in the information.',
    notFound: 'This phase is no longer listed.',
    now: 'Current',
    target: 'Target',
    actual: 'Actual',
    time: 'Time',
    noActual: 'none reported yet',
    noTarget: 'no target set',
    byDeadline: (quantity, date) => `${quantity} by ${date}`,
    asOf: (quantity, date) => `${quantity} as of ${date}`,
    units: {
      companies: { one: 'company', other: 'companies' },
      participants: { one: 'participant', other: 'participants' },
      events: { one: 'event', other: 'events' },
      members: { one: 'member', other: 'members' },
    },
    outOf: (actual, target) => `${actual} of ${target}`,
    againstPercentTarget: (actual, target) => `${actual} against a target of ${target}`,
    meterLabel: (phase) => `${phase}: actual against target`,
    timeLabel: (phase) => `${phase}: time elapsed`,
    dayOf: (day, total) => `day ${day} of ${total}`,
    status: {
      'not-started': 'Not started',
      reached: 'Target reached',
      'on-track': 'On track',
      behind: 'Behind',
      'ended-short': 'Ended short of the target',
      'no-actual': 'No actual reported',
      'no-deadline': 'No deadline to measure the pace against',
      'no-start': 'No start date to measure the pace against',
      running: 'In progress',
      ended: 'Ended',
      'no-target': 'No target set',
    },
    paceDetail: (targetPercent, timePercent, date) => `${targetPercent} of the target with ${timePercent} of the time gone (${date})`,
    period: 'Programme period',
    periodBarLabel: 'Time elapsed of the programme period',
    from: (date) => `from ${date}`,
    budget: 'Budget',
    members: 'Members',
  },
};
