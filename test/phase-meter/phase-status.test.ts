import { expect } from '@open-wc/testing';
import {
  calendarDateIn,
  currentPhaseIndexes,
  dayOfRange,
  elapsedShare,
  feedDateIn,
  isIsoDate,
  isTimeZone,
  phaseProgress,
  timingOf,
  type PhaseInput,
} from '../../src/phase-meter/phase-status.js';
import { funnelSteps } from '../../src/phase-meter/funnel.js';

/** Creative Nodes Fusion's phases, as in its sample feed. */
const INSPIRE: PhaseInput = { start: '2016-01-01', end: '2016-12-31', target: { value: 120, unit: 'companies', deadline: '2016-12-31' }, actual: { value: 124, asOf: '2016-12-31' } };
const FUSE: PhaseInput = { start: '2017-01-01', end: '2017-12-31', target: { value: 50, unit: 'companies', deadline: '2017-12-31' }, actual: { value: 46, asOf: '2017-12-31' } };
const CREATE: PhaseInput = { start: '2018-01-01', end: '2018-07-31', target: { value: 15, unit: 'companies', deadline: '2018-07-31' }, actual: { value: 15, asOf: '2018-07-31' } };
const FUSION = [INSPIRE, FUSE, CREATE];

/** A ten-day phase with a target of 100: on 2017-01-05 half the time has gone. */
const tenDays = (actual?: number, asOf = '2017-01-05'): PhaseInput => ({
  start: '2017-01-01',
  end: '2017-01-10',
  target: { value: 100, unit: 'companies', deadline: '2017-01-10' },
  actual: actual === undefined ? undefined : { value: actual, asOf },
});

describe('phase status (pure)', () => {
  describe('dates', () => {
    it('tells the calendar date in Stockholm, whatever the machine zone', () => {
      const lateNewYearsEveUtc = Date.UTC(2016, 11, 31, 23, 30);
      expect(calendarDateIn('Europe/Stockholm', lateNewYearsEveUtc)).to.equal('2017-01-01');
      expect(calendarDateIn('UTC', lateNewYearsEveUtc)).to.equal('2016-12-31');
      expect(calendarDateIn('America/New_York', lateNewYearsEveUtc)).to.equal('2016-12-31');
      // Summer time: 22:30 UTC on 30 June is 00:30 on 1 July in Stockholm.
      expect(calendarDateIn('Europe/Stockholm', Date.UTC(2017, 5, 30, 22, 30))).to.equal('2017-07-01');
    });

    it('reads feed dates and date-times as a calendar date in the time zone', () => {
      expect(feedDateIn('2026-11-23', 'America/New_York')).to.equal('2026-11-23');
      expect(feedDateIn('2026-11-23T00:30:00+01:00', 'Europe/Stockholm')).to.equal('2026-11-23');
      expect(feedDateIn('2026-11-23T00:30:00+01:00', 'UTC')).to.equal('2026-11-22');
    });

    it('accepts only real dates and known time zones', () => {
      expect(isIsoDate('2017-06-15')).to.equal(true);
      expect(isIsoDate('2017-02-30')).to.equal(false);
      expect(isIsoDate('15/6/2017')).to.equal(false);
      expect(isIsoDate(undefined)).to.equal(false);
      expect(isTimeZone('Europe/Stockholm')).to.equal(true);
      expect(isTimeZone('Mars/Olympus')).to.equal(false);
    });

    it('counts inclusive days: the first day is one day gone, the last day all of it', () => {
      expect(elapsedShare('2017-01-01', '2017-01-10', '2017-01-01')).to.equal(0.1);
      expect(elapsedShare('2017-01-01', '2017-01-10', '2017-01-05')).to.equal(0.5);
      expect(elapsedShare('2017-01-01', '2017-01-10', '2017-01-10')).to.equal(1);
      expect(elapsedShare('2017-01-01', '2017-01-10', '2016-12-01')).to.equal(0);
      expect(elapsedShare('2017-01-01', '2017-01-10', '2018-01-01')).to.equal(1);
      expect(dayOfRange('2016-01-01', '2018-12-31', '2016-12-31')).to.deep.equal({ day: 366, total: 1096 });
      expect(dayOfRange('2016-01-01', '2018-12-31', '2015-01-01')).to.deep.equal({ day: 0, total: 1096 });
      expect(dayOfRange('2016-01-01', '2018-12-31', '2030-01-01')).to.deep.equal({ day: 1096, total: 1096 });
    });

    it('places a date range in time; open ends are open', () => {
      expect(timingOf('2017-01-01', '2017-12-31', '2016-12-31')).to.equal('upcoming');
      expect(timingOf('2017-01-01', '2017-12-31', '2017-01-01')).to.equal('running');
      expect(timingOf('2017-01-01', '2017-12-31', '2017-12-31')).to.equal('running');
      expect(timingOf('2017-01-01', '2017-12-31', '2018-01-01')).to.equal('ended');
      expect(timingOf('2017-01-01', undefined, '2030-01-01')).to.equal('running');
      expect(timingOf(undefined, '2017-12-31', '2000-01-01')).to.equal('running');
      expect(timingOf(undefined, undefined, '2017-06-15')).to.equal('undated');
    });
  });

  describe('status', () => {
    it('is "not started" before the start, even with an actual already over the target', () => {
      expect(phaseProgress(FUSE, '2016-06-15').status).to.equal('not-started');
      expect(phaseProgress(INSPIRE, '2015-12-31').status).to.equal('not-started');
      expect(phaseProgress({ start: '2018-01-01' }, '2017-06-15').status).to.equal('not-started');
    });

    it('is "reached" when the actual is at or over the target, before or after the deadline', () => {
      expect(phaseProgress(INSPIRE, '2016-12-31')).to.include({ status: 'reached', targetShare: 124 / 120 });
      expect(phaseProgress(INSPIRE, '2026-11-23').status).to.equal('reached');
      expect(phaseProgress(CREATE, '2018-03-01').status).to.equal('reached');
      expect(phaseProgress(tenDays(100), '2017-01-02').status).to.equal('reached');
    });

    it('is "ended short" once the deadline has passed without reaching the target', () => {
      expect(phaseProgress(FUSE, '2018-01-01')).to.include({ status: 'ended-short', targetShare: 46 / 50 });
      expect(phaseProgress(FUSE, '2026-11-23').status).to.equal('ended-short');
      // The deadline day itself still counts: inclusive.
      expect(phaseProgress(FUSE, '2017-12-31').status).not.to.equal('ended-short');
    });

    it('compares the share of the target with the share of time, with 10 points of tolerance', () => {
      // Half the time gone on 2017-01-05.
      expect(phaseProgress(tenDays(50), '2017-01-05')).to.include({ status: 'on-track', timeShare: 0.5, targetShare: 0.5, measuredOn: '2017-01-05' });
      expect(phaseProgress(tenDays(40), '2017-01-05').status).to.equal('on-track');
      expect(phaseProgress(tenDays(39), '2017-01-05').status).to.equal('behind');
      expect(phaseProgress(tenDays(0, '2017-01-01'), '2017-01-01').status).to.equal('on-track');
    });

    it('takes another tolerance', () => {
      expect(phaseProgress(tenDays(40), '2017-01-05', { tolerance: 0 }).status).to.equal('behind');
      expect(phaseProgress(tenDays(50), '2017-01-05', { tolerance: 0 }).status).to.equal('on-track');
      expect(phaseProgress(tenDays(20), '2017-01-05', { tolerance: 0.3 }).status).to.equal('on-track');
    });

    it('judges the pace on the day the actual was reported, never later than today', () => {
      // Reported on day 3 (30 % of time): 25 % of the target is on track then, though behind by day 9.
      const reportedEarly = tenDays(25, '2017-01-03');
      expect(phaseProgress(reportedEarly, '2017-01-09')).to.include({ status: 'on-track', measuredOn: '2017-01-03' });
      // An as-of date after today (a preview of an old date) is judged today.
      expect(phaseProgress(tenDays(25, '2017-01-10'), '2017-01-03')).to.include({ status: 'on-track', measuredOn: '2017-01-03' });
      expect(phaseProgress(tenDays(25, '2017-01-10'), '2017-01-09')).to.include({ status: 'behind', measuredOn: '2017-01-09' });
      // No as-of date: today.
      const undated = { ...tenDays(), actual: { value: 25 } };
      expect(phaseProgress(undated, '2017-01-09')).to.include({ status: 'behind', measuredOn: '2017-01-09' });
    });

    it('uses the phase end as the deadline when the target has none', () => {
      const noTargetDeadline: PhaseInput = { start: '2017-01-01', end: '2017-01-10', target: { value: 100 }, actual: { value: 10, asOf: '2017-01-09' } };
      expect(phaseProgress(noTargetDeadline, '2017-01-09')).to.include({ status: 'behind', deadline: '2017-01-10' });
      expect(phaseProgress(noTargetDeadline, '2017-01-11').status).to.equal('ended-short');
    });

    it('says "no deadline" for a target with neither deadline nor phase end', () => {
      const open: PhaseInput = { start: '2017-01-01', target: { value: 18, unit: 'members' }, actual: { value: 12 } };
      expect(phaseProgress(open, '2030-01-01')).to.include({ status: 'no-deadline', targetShare: 12 / 18 });
      // …but a reached target is reached, deadline or not.
      expect(phaseProgress({ ...open, actual: { value: 18 } }, '2030-01-01').status).to.equal('reached');
    });

    it('says "no start" when there is a deadline but no start, unless the programme start stands in', () => {
      const noStart: PhaseInput = { target: { value: 100, deadline: '2017-01-10' }, actual: { value: 45 } };
      expect(phaseProgress(noStart, '2017-01-05').status).to.equal('no-start');
      expect(phaseProgress(noStart, '2017-01-05', { fallbackStart: '2017-01-01' })).to.include({ status: 'on-track', start: '2017-01-01' });
    });

    it('says "no actual" for a target without an actual, even past the deadline', () => {
      const noActual = { ...FUSE, actual: undefined };
      expect(phaseProgress(noActual, '2017-06-15').status).to.equal('no-actual');
      expect(phaseProgress(noActual, '2026-11-23').status).to.equal('no-actual');
    });

    it('never calls a zero target "reached": status follows time alone', () => {
      const zero: PhaseInput = { start: '2017-01-01', end: '2017-12-31', target: { value: 0, unit: 'companies' }, actual: { value: 2 } };
      expect(phaseProgress(zero, '2016-06-15').status).to.equal('not-started');
      expect(phaseProgress(zero, '2017-06-15').status).to.equal('running');
      expect(phaseProgress(zero, '2017-06-15').targetShare).to.equal(undefined);
      expect(phaseProgress(zero, '2018-06-15').status).to.equal('ended');
      expect(phaseProgress({ target: { value: 0 } }, '2018-06-15').status).to.equal('no-target');
    });

    it('gives phases without a target (LOKET work packages) a status by time', () => {
      const workPackage: PhaseInput = { start: '2020-03-01', end: '2023-04-30' };
      expect(phaseProgress(workPackage, '2020-02-29').status).to.equal('not-started');
      expect(phaseProgress(workPackage, '2021-09-15').status).to.equal('running');
      expect(phaseProgress(workPackage, '2023-04-30').status).to.equal('running');
      expect(phaseProgress(workPackage, '2023-05-01').status).to.equal('ended');
      expect(phaseProgress({}, '2023-05-01').status).to.equal('no-target');
    });

    it('reads Creative Nodes Fusion at dates in the past and the future', () => {
      const statuses = (today: string) => FUSION.map((phase) => phaseProgress(phase, today).status);
      expect(statuses('2015-06-01')).to.deep.equal(['not-started', 'not-started', 'not-started']);
      expect(statuses('2017-06-15')).to.deep.equal(['reached', 'on-track', 'not-started']);
      expect(statuses('2026-11-23')).to.deep.equal(['reached', 'ended-short', 'reached']);
    });
  });

  describe('current phase', () => {
    it('is the phase running on the date', () => {
      expect(currentPhaseIndexes(FUSION, '2017-06-15')).to.deep.equal([1]);
      expect(currentPhaseIndexes(FUSION, '2016-12-31')).to.deep.equal([0]);
      expect(currentPhaseIndexes(FUSION, '2017-01-01')).to.deep.equal([1]);
    });

    it('is none before, between and after the phases', () => {
      expect(currentPhaseIndexes(FUSION, '2015-06-01')).to.deep.equal([]);
      expect(currentPhaseIndexes(FUSION, '2018-09-01')).to.deep.equal([]);
      expect(currentPhaseIndexes([INSPIRE, CREATE], '2017-06-15')).to.deep.equal([]);
    });

    it('is every phase running when phases overlap', () => {
      const workPackages: PhaseInput[] = [
        { start: '2020-03-01', end: '2023-04-30' },
        { start: '2020-03-01', end: '2023-04-30' },
      ];
      expect(currentPhaseIndexes(workPackages, '2021-09-15')).to.deep.equal([0, 1]);
      const staggered: PhaseInput[] = [
        { start: '2017-01-01', end: '2017-09-30' },
        { start: '2017-05-01', end: '2017-12-31' },
      ];
      expect(currentPhaseIndexes(staggered, '2017-04-30')).to.deep.equal([0]);
      expect(currentPhaseIndexes(staggered, '2017-06-15')).to.deep.equal([0, 1]);
      expect(currentPhaseIndexes(staggered, '2017-10-01')).to.deep.equal([1]);
    });

    it('never marks a phase with no dates, and uses the programme start for a phase without one', () => {
      expect(currentPhaseIndexes([{ target: { value: 5 } }], '2017-06-15')).to.deep.equal([]);
      expect(currentPhaseIndexes([{ end: '2017-12-31' }], '2017-06-15', { fallbackStart: '2018-01-01' })).to.deep.equal([]);
      expect(currentPhaseIndexes([{ end: '2017-12-31' }], '2017-06-15', { fallbackStart: '2017-01-01' })).to.deep.equal([0]);
    });
  });

  describe('funnel', () => {
    it('uses actuals when present: 124 → 46 → 15', () => {
      const steps = funnelSteps(FUSION);
      expect(steps.map((step) => [step.value, step.source])).to.deep.equal([[124, 'actual'], [46, 'actual'], [15, 'actual']]);
      expect(steps.map((step) => step.conversion)).to.deep.equal([undefined, 46 / 124, 15 / 46]);
      expect(steps.map((step) => step.shareOfFirst)).to.deep.equal([1, 46 / 124, 15 / 124]);
    });

    it('falls back to the targets: 120 → 50 → 15, and mixes them per step', () => {
      const targets = FUSION.map((phase) => ({ ...phase, actual: undefined }));
      expect(funnelSteps(targets).map((step) => [step.value, step.source])).to.deep.equal([[120, 'target'], [50, 'target'], [15, 'target']]);
      expect(funnelSteps(targets)[1].conversion).to.equal(50 / 120);
      const mixed = [INSPIRE, FUSE, { ...CREATE, actual: undefined }];
      expect(funnelSteps(mixed).map((step) => step.source)).to.deep.equal(['actual', 'actual', 'target']);
    });

    it('skips phases with no number, and gives no conversion after a step of 0', () => {
      const steps = funnelSteps([{ start: '2020-03-01' }, { target: { value: 0 } }, { target: { value: 5 } }]);
      expect(steps.map((step) => step.index)).to.deep.equal([1, 2]);
      expect(steps[1].conversion).to.equal(undefined);
      expect(steps[1].shareOfFirst).to.equal(undefined);
      expect(funnelSteps([{ start: '2020-03-01' }])).to.deep.equal([]);
    });
  });
});
