import { LabApiError, type LabApiClient } from '../ehr/lab-api-client.js';
import type { PoctObservation, PoctOperator } from './poct-generator.js';

/** LOINC for glucose in blood by a meter: what the devices send. */
const GLUCOSE_LOINC = '2345-7';
const WARD_METERS = ['GM-WARD4-01', 'GM-WARD4-02', 'GM-ED-01', 'GM-ICU-01'] as const;

/** What happened to a reading the devices sent. */
export type PoctDelivery =
  | { readonly outcome: 'accepted' }
  | { readonly outcome: 'kept-apart' }
  | { readonly outcome: 'refused'; readonly reason: string };

/**
 * Registers the simulated point-of-care fleet in Aliquot (as someone with `instrument:write`): the ward
 * glucose meters with a passing QC check, and the nurses who run them, each certified for glucose meters
 * until their certificate's end — a lapsed one included, so the lock-out can be seen to work.
 */
export async function registerPoctFleet(
  admin: LabApiClient,
  operators: readonly PoctOperator[],
  today: Date,
): Promise<void> {
  for (const code of WARD_METERS) {
    await admin.request('PUT', `/api/poct/devices/${code}`, {
      deviceType: 'glucose-meter',
      kind: 'professional',
      model: 'SimGluco 2',
      serialNumber: `SN-${code}`,
      location: code.split('-')[1] ?? 'Ward',
      tests: [{ deviceCode: GLUCOSE_LOINC, testCode: 'GLU' }],
      qcIntervalHours: 24,
    });
    await admin.post(`/api/poct/devices/${code}/qc`, { outcome: 'pass' });
  }
  for (const operator of operators) {
    await admin.request('PUT', `/api/poct/operators/${operator.id}`, { name: operator.name });
    const expires = new Date(`${operator.certifiedUntil}T00:00:00Z`);
    const certifiedOn = new Date(Math.min(expires.getTime(), today.getTime()) - 365 * 86_400_000);
    await admin.post(`/api/poct/operators/${operator.id}/certifications`, {
      deviceType: 'glucose-meter',
      certifiedOn: certifiedOn.toISOString().slice(0, 10),
      expiresOn: operator.certifiedUntil,
    });
  }
}

/** A patient's own continuous glucose monitor, registered the first time it reports. */
async function registerMonitor(admin: LabApiClient, code: string, patientId: string): Promise<void> {
  await admin.request('PUT', `/api/poct/devices/${code}`, {
    deviceType: 'continuous-glucose-monitor',
    kind: 'patient',
    model: 'SimCGM',
    serialNumber: `SN-${code}`,
    location: 'home',
    patientId,
    tests: [{ deviceCode: GLUCOSE_LOINC, testCode: 'GLU' }],
  });
}

/**
 * The point-of-care data manager's link to Aliquot: each reading posted as a FHIR Observation with its
 * Device, performer and patient (by MRN), as a `poct-operator` account.
 * @see https://hl7.org/fhir/R4/observation.html
 */
export class PoctLink {
  readonly #monitors = new Set<string>();

  constructor(
    readonly sender: LabApiClient,
    readonly admin: LabApiClient,
  ) {}

  async deliver(observation: PoctObservation, mrn: string): Promise<PoctDelivery> {
    if (observation.kind === 'continuous-glucose-monitor' && !this.#monitors.has(observation.device)) {
      const found = await this.admin.get<{ items: { id: string; mrn: string }[] }>(
        `/api/patients?q=${encodeURIComponent(mrn)}&limit=5`,
      );
      const patientId = found.items.find((p) => p.mrn === mrn)?.id;
      if (!patientId) return { outcome: 'refused', reason: `patient ${mrn} is not known to the lab` };
      await registerMonitor(this.admin, observation.device, patientId);
      this.#monitors.add(observation.device);
    }
    const body = {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: GLUCOSE_LOINC }], text: 'Glucose' },
      subject: { identifier: { value: mrn } },
      effectiveDateTime: observation.at.toISOString(),
      valueQuantity: {
        value: observation.value,
        unit: 'mg/dL',
        system: 'http://unitsofmeasure.org',
        code: 'mg/dL',
      },
      device: { reference: `Device/${observation.device}` },
      ...(observation.operator
        ? { performer: [{ reference: `Practitioner/${observation.operator.id}` }] }
        : {}),
    };
    try {
      const answer = await this.sender.post<{ resourceType: string }>('/fhir/R4/Observation', body);
      return answer.resourceType === 'OperationOutcome' ? { outcome: 'kept-apart' } : { outcome: 'accepted' };
    } catch (error) {
      if (error instanceof LabApiError && error.status >= 400 && error.status < 500) {
        return { outcome: 'refused', reason: error.message };
      }
      throw error;
    }
  }
}
