/**
 * The official FHIR R4 examples for labs (shared/corpus/hl7-fhir-r4-examples, CC0, not ours) read into
 * our model and written back. What we model must survive the trip; what we do not is listed per
 * example in `expected` below, element by element, so a change in either direction shows up here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateFhir } from '@aliquot/testkit';
import {
  defaultMappingContext as context,
  fromFhirObservation,
  fromFhirPatient,
  readDiagnosticReport,
  readServiceRequest,
  readSpecimen,
  toFhirDiagnosticReport,
  toFhirObservation,
  toFhirPatient,
  toFhirServiceRequest,
  toFhirSpecimen,
  type Decoded,
  type LabResource,
  type ReportableStatus,
} from '@aliquot/codecs/fhir';
import { MODELLED_KEYS, lostPaths, meaningLost, type MappedType } from './modelled-view.js';
import { expected } from './corpus-expectations.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpus/hl7-fhir-r4-examples');

const MAPPED: readonly string[] = [
  'Patient',
  'ServiceRequest',
  'Specimen',
  'Observation',
  'DiagnosticReport',
];

/** Every resource of a mapped type in the examples: whole files and the entries of collection bundles. */
function examples(): [string, LabResource][] {
  return readdirSync(corpus)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file): [string, LabResource][] => {
      const json = JSON.parse(readFileSync(path.join(corpus, file), 'utf8')) as {
        resourceType: string;
        entry?: { resource: { resourceType: string } }[];
      };
      const name = file.replace(/\.json$/, '');
      if (json.resourceType === 'Bundle') {
        return (json.entry ?? [])
          .filter((e) => MAPPED.includes(e.resource.resourceType))
          .map((e) => [
            `${name} > ${e.resource.resourceType}/${(e.resource as { id?: string }).id ?? ''}`,
            e.resource as LabResource,
          ]);
      }
      return MAPPED.includes(json.resourceType) ? [[name, json as LabResource]] : [];
    });
}

const DRAWN = '1970-01-01T00:00:00Z';

/** Reads a resource into our model and writes it back; the placeholders fill what our model requires and the example lacks. */
function roundTrip(resource: LabResource): Decoded<LabResource> {
  switch (resource.resourceType) {
    case 'Observation': {
      const read = fromFhirObservation(resource, context);
      if (!read.ok) return read;
      const r = read.value;
      const code = r.test.code ?? r.test.loinc ?? 'UNCODED';
      return {
        ok: true,
        value: toFhirObservation(
          {
            ...r,
            id: r.id ?? 'example',
            version: r.version ?? 1,
            test: { code, name: r.test.name ?? code, ...(r.test.loinc ? { loinc: r.test.loinc } : {}) },
            patientId: r.patientId ?? 'unknown',
          },
          context,
        ),
      };
    }
    case 'DiagnosticReport': {
      const r = readDiagnosticReport(resource, context);
      const code = r.panel.code ?? r.panel.loinc ?? 'UNCODED';
      const memberStatus: Partial<Record<string, ReportableStatus>> = {
        final: 'final',
        corrected: 'corrected',
        amended: 'corrected',
        preliminary: 'pending',
        cancelled: 'cancelled',
      };
      const status = memberStatus[r.status];
      return {
        ok: true,
        value: toFhirDiagnosticReport(
          {
            id: r.id ?? 'example',
            serviceRequestId: r.serviceRequestId ?? r.id ?? 'example',
            panel: { code, name: r.panel.name ?? code, ...(r.panel.loinc ? { loinc: r.panel.loinc } : {}) },
            patientId: r.patientId ?? 'unknown',
            specimenIds: r.specimenIds,
            members: r.observationIds.map((observationId) => ({
              observationId,
              analysisStatus: 'released' as const,
              ...(status ? { status } : {}),
            })),
            ...(r.effectiveAt ? { effectiveAt: r.effectiveAt } : {}),
            ...(r.issuedAt ? { issuedAt: r.issuedAt } : {}),
            ...(r.section ? { section: r.section } : {}),
          },
          context,
        ),
      };
    }
    case 'Specimen': {
      const r = readSpecimen(resource, context);
      const state =
        r.status === 'available'
          ? r.receivedAt
            ? 'received'
            : 'collected'
          : r.status === 'unavailable'
            ? 'disposed'
            : r.status === 'unsatisfactory'
              ? 'rejected'
              : 'ordered';
      return {
        ok: true,
        value: toFhirSpecimen(
          {
            ...r,
            id: r.id ?? 'example',
            accessionNumber: r.accessionNumber ?? 'UNNUMBERED',
            specimenType: r.specimenType ?? 'UNTYPED',
            container: r.container ?? 'UNKNOWN',
            patientId: r.patientId ?? 'unknown',
            state,
          },
          context,
        ),
      };
    }
    case 'ServiceRequest': {
      const r = readServiceRequest(resource, context);
      if (!r.orderStatus) {
        return {
          ok: false,
          issues: [
            { location: 'ServiceRequest.status', message: `status ${resource.status} has no counterpart` },
          ],
        };
      }
      const code = r.orderable.code ?? r.orderable.loinc ?? 'UNCODED';
      const { requester, ...rest } = r;
      return {
        ok: true,
        value: toFhirServiceRequest(
          {
            ...rest,
            id: r.id ?? 'example',
            orderNumber: r.orderNumber ?? 'UNNUMBERED',
            orderable: {
              code,
              name: r.orderable.name ?? code,
              ...(r.orderable.loinc ? { loinc: r.orderable.loinc } : {}),
            },
            orderStatus: r.orderStatus,
            analysisStatuses: [],
            priority: r.priority ?? 'routine',
            patientId: r.patientId ?? 'unknown',
            orderedAt: r.orderedAt ?? DRAWN,
            ...(requester
              ? {
                  requester: {
                    familyName: requester.display ?? '',
                    givenName: '',
                    ...(requester.npi ? { npi: requester.npi } : {}),
                  },
                }
              : {}),
          },
          context,
        ),
      };
    }
    case 'Patient': {
      const read = fromFhirPatient(resource, context);
      if (!read.ok) return read;
      return { ok: true, value: toFhirPatient({ id: resource.id ?? 'example', ...read.value }, context) };
    }
    case 'Device':
      return {
        ok: false,
        issues: [{ location: 'Device', message: 'devices come from the instrument registry' }],
      };
    default:
      return resource satisfies never;
  }
}

const all = examples();

describe('the R4 lab examples map into our model and back', () => {
  it('every example is listed with what we do not model', () => {
    expect(all.map(([name]) => name).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(all)('%s', (name, resource) => {
    const back = roundTrip(resource);
    const want = expected[name];
    if (!back.ok) {
      expect({ refused: back.issues.map((i) => `${i.location}: ${i.message}`) }).toEqual({
        refused: want?.refused,
      });
      return;
    }
    const type = resource.resourceType as MappedType;
    // What we model survives, and what we write is valid R4.
    expect(meaningLost(resource, back.value)).toEqual([]);
    expect(validateFhir(back.value)).toEqual({ medplum: [], fhirJs: [] });
    // What we do not model: whole elements, and values inside the elements we do.
    const notModelled = Object.keys(resource).filter(
      (k) => k !== 'resourceType' && !MODELLED_KEYS[type].includes(k),
    );
    expect({ notModelled, lost: lostPaths(resource, back.value, type) }).toEqual({
      notModelled: want?.notModelled ?? [],
      lost: want?.lost ?? [],
    });
  });
});
