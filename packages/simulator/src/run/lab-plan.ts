import type { PanelDefinition, TestDefinition } from '@aliquot/domain';
import { defaultAnalyzers, type AnalyzerProfile } from '../analyzers/analyzer-profile.js';
import type { AnalyzerBias } from '../faults/fault-kinds.js';
import type { Scenario } from '../scenario/scenario-types.js';

/** The lab's catalog as the simulator reads it: tests by code and what each orderable expands to. */
export class CatalogView {
  readonly tests: ReadonlyMap<string, TestDefinition>;
  readonly #panels: ReadonlyMap<string, PanelDefinition>;

  constructor(tests: readonly TestDefinition[], panels: readonly PanelDefinition[]) {
    this.tests = new Map(tests.map((t) => [t.code, t]));
    this.#panels = new Map(panels.map((p) => [p.code, p]));
  }

  /** Codes a clinician may order: every panel and every test that is not calculated. */
  get orderables(): Set<string> {
    return new Set([
      ...this.#panels.keys(),
      ...[...this.tests.values()].filter((t) => !t.calculated).map((t) => t.code),
    ]);
  }

  /** The tests an order asks for, each once, as Aliquot expands panels. */
  testsOf(orderables: readonly string[]): TestDefinition[] {
    const codes = new Set<string>();
    for (const code of orderables)
      for (const member of this.#panels.get(code)?.members ?? [code]) codes.add(member);
    return [...codes].flatMap((code) => {
      const def = this.tests.get(code);
      return def ? [def] : [];
    });
  }

  /** The tests of an order that go into one tube: the same specimen type and container. */
  testsInTube(orderables: readonly string[], specimenType: string, container: string): TestDefinition[] {
    return this.testsOf(orderables).filter(
      (t) => t.specimenType === specimenType && t.container === container,
    );
  }
}

/** The scenario's analyzers: the default profiles it names, with its changes applied. */
export function scenarioAnalyzers(scenario: Scenario): AnalyzerProfile[] {
  const defaults = new Map(defaultAnalyzers().map((a) => [a.code, a]));
  return scenario.analyzers.flatMap((setting) => {
    const base = defaults.get(setting.code);
    if (!base) return [];
    const { code: _code, qcEveryMinutes, ...changes } = setting;
    return [
      {
        ...base,
        ...changes,
        qc: { ...base.qc, ...(qcEveryMinutes ? { everyMinutes: qcEveryMinutes } : {}) },
      },
    ];
  });
}

/** The scenario's analyzer events in simulation minutes. */
export function scenarioBiases(scenario: Scenario): AnalyzerBias[] {
  return scenario.faults.analyzerEvents.map((e) => ({
    kind: e.kind,
    analyzer: e.analyzer,
    testCodes: e.tests,
    startMinute: e.atHour * 60,
    sizeSd: e.sizeSd,
  }));
}

/** Orders per simulation hour at a given minute, from the scenario's base rate and profile. */
export function arrivalRate(scenario: Scenario, minute: number): number {
  let rate = scenario.orders.perHour;
  for (const step of [...(scenario.orders.profile ?? [])].sort((a, b) => a.fromHour - b.fromHour)) {
    if (minute >= step.fromHour * 60) rate = step.perHour;
  }
  return rate;
}

/**
 * The analyzers a tube goes to: of those that perform at least one of its tests, one of each kind —
 * the least busy where a lab has several of a kind (as a track or a sorter would route it).
 */
export function analyzersFor(
  tests: readonly TestDefinition[],
  analyzers: readonly AnalyzerProfile[],
  busy: (code: string) => number = () => 0,
): AnalyzerProfile[] {
  const byKind = new Map<string, AnalyzerProfile>();
  for (const a of analyzers) {
    if (!tests.some((t) => a.tests.includes(t.code))) continue;
    const chosen = byKind.get(a.kind);
    if (!chosen || busy(a.code) < busy(chosen.code)) byKind.set(a.kind, a);
  }
  return [...byKind.values()];
}
