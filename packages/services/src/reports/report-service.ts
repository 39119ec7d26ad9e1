import { LabError } from '@aliquot/domain';
import { findOrder, findPatient } from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { reportDocument } from './report-data.js';
import type { LabIdentity, ReportDocument } from './report-model.js';
import { renderReportPdf } from './report-pdf.js';

/** Who the report comes from and the time zone its times are printed in. */
export interface ReportSettings {
  readonly lab: LabIdentity;
  /** An IANA time zone, e.g. America/Chicago; UTC by default. */
  readonly timeZone?: string;
}

export interface RenderedReport {
  readonly document: ReportDocument;
  readonly pdf: Buffer;
  /** A file name for the download: report-MRN[-order].pdf */
  readonly fileName: string;
}

const safe = (text: string): string => text.replace(/[^A-Za-z0-9-]+/g, '_');

/** A patient's cumulative report: every order, newest first, with the critical calls made. */
export async function patientReport(
  lab: LabContext,
  actor: Actor,
  patientId: string,
  settings: ReportSettings,
): Promise<RenderedReport> {
  const document = await runUseCase(lab, actor, 'read', async ({ tx, now }) => {
    const patient = await findPatient(tx, patientId);
    if (!patient) throw LabError.notFound('Patient', patientId);
    return reportDocument(tx, { patient }, settings.lab, now);
  });
  return {
    document,
    pdf: await renderReportPdf(document, settings.timeZone),
    fileName: `report-${safe(document.patient.mrn)}.pdf`,
  };
}

/** One order's report. */
export async function orderReport(
  lab: LabContext,
  actor: Actor,
  orderId: string,
  settings: ReportSettings,
): Promise<RenderedReport> {
  const document = await runUseCase(lab, actor, 'read', async ({ tx, now }) => {
    const order = await findOrder(tx, orderId);
    if (!order) throw LabError.notFound('Order', orderId);
    const patient = await findPatient(tx, order.patient_id);
    if (!patient) throw LabError.notFound('Patient', order.patient_id);
    return reportDocument(tx, { patient, orderId }, settings.lab, now);
  });
  const order = document.orders[0]?.orderNumber ?? orderId;
  return {
    document,
    pdf: await renderReportPdf(document, settings.timeZone),
    fileName: `report-${safe(document.patient.mrn)}-${safe(order)}.pdf`,
  };
}
