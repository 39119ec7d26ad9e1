import type { FhirDevice, FhirDiagnosticReport } from './fhir-types.js';
import { idFromReference, referenceTo, type FhirMappingContext } from './fhir-systems.js';
import { LAB_SECTION, sectionConcept, testCodesOf, testConcept, type TestCodes } from './fhir-concepts.js';
import { FhirSystem } from './fhir-systems.js';
import type { DeviceFacts, ReportFacts } from './lab-facts.js';
import { reportStatus, type DiagnosticReportStatus } from './observation-status.js';

/**
 * One order item's report (a panel such as a BMP, or a single test): status from its observations,
 * category LAB and the section of its discipline (CH, HM…), the panel's code, subject, the specimens, and the observations resulted so far in
 * report order.
 * @see https://hl7.org/fhir/R4/diagnosticreport.html
 */
export function toFhirDiagnosticReport(
  report: ReportFacts,
  context: FhirMappingContext,
): FhirDiagnosticReport {
  const results = report.members.filter((m) => m.status !== undefined);
  return {
    resourceType: 'DiagnosticReport',
    id: report.id,
    basedOn: [referenceTo('ServiceRequest', report.serviceRequestId)],
    status: reportStatus(report.members),
    category: [
      LAB_SECTION,
      ...(report.section && report.section !== 'LAB' ? [sectionConcept(report.section)] : []),
    ],
    code: testConcept(report.panel, context.systems),
    subject: referenceTo('Patient', report.patientId),
    ...(report.effectiveAt ? { effectiveDateTime: report.effectiveAt } : {}),
    ...(report.issuedAt ? { issued: report.issuedAt } : {}),
    performer: [{ display: context.labName }],
    ...(report.specimenIds.length > 0
      ? { specimen: report.specimenIds.map((id) => referenceTo('Specimen', id)) }
      : {}),
    ...(results.length > 0
      ? { result: results.map((m) => referenceTo('Observation', m.observationId)) }
      : {}),
  };
}

/** What a DiagnosticReport from outside says, in our terms. */
export interface ReportReading {
  readonly id?: string;
  readonly status: DiagnosticReportStatus;
  readonly panel: TestCodes;
  readonly serviceRequestId?: string;
  readonly patientId?: string;
  readonly specimenIds: readonly string[];
  readonly observationIds: readonly string[];
  readonly effectiveAt?: string;
  readonly issuedAt?: string;
  readonly section?: string;
}

/**
 * Reads what we model of a DiagnosticReport: status, code, section, the order it is based on, subject,
 * specimens, results, effective and issued times. The report's status is ours to compute from its
 * results, so a report read from outside keeps it only as a reading. Conclusions, coded conclusions,
 * imaging studies, presented forms and performers are not modelled.
 */
export function readDiagnosticReport(
  report: FhirDiagnosticReport,
  context: FhirMappingContext,
): ReportReading {
  const serviceRequestId = report.basedOn
    ?.map((r) => idFromReference(r.reference, 'ServiceRequest'))
    .find((id) => id);
  const patientId = idFromReference(report.subject?.reference, 'Patient');
  const effectiveAt = report.effectiveDateTime ?? report.effectivePeriod?.start;
  const section = report.category
    ?.flatMap((c) => c.coding ?? [])
    .find((c) => c.system === FhirSystem.diagnosticServiceSection && c.code && c.code !== 'LAB')?.code;
  return {
    ...(report.id ? { id: report.id } : {}),
    status: report.status as DiagnosticReportStatus,
    panel: testCodesOf(report.code, context.systems),
    ...(serviceRequestId ? { serviceRequestId } : {}),
    ...(patientId ? { patientId } : {}),
    specimenIds: (report.specimen ?? []).flatMap((r) => idFromReference(r.reference, 'Specimen') ?? []),
    observationIds: (report.result ?? []).flatMap((r) => idFromReference(r.reference, 'Observation') ?? []),
    ...(effectiveAt ? { effectiveAt } : {}),
    ...(report.issued ? { issuedAt: report.issued } : {}),
    ...(section ? { section } : {}),
  };
}

/**
 * An instrument as a Device: its id as the identifier in the lab's instrument system and as its
 * user-friendly name; make, model and serial number when the registry knows them.
 * @see https://hl7.org/fhir/R4/device.html
 */
export function toFhirDevice(device: DeviceFacts, context: FhirMappingContext): FhirDevice {
  return {
    resourceType: 'Device',
    id: device.id,
    identifier: [{ system: context.systems.instrument, value: device.id }],
    status: device.active === false ? 'inactive' : 'active',
    ...(device.manufacturer ? { manufacturer: device.manufacturer } : {}),
    deviceName: [{ name: device.name ?? device.id, type: 'user-friendly-name' }],
    ...(device.model ? { modelNumber: device.model } : {}),
    ...(device.serialNumber ? { serialNumber: device.serialNumber } : {}),
  };
}
