import type { ReportDocument, ReportRow, ReportRowStatus } from './report-model.js';

/**
 * Lays a report out as a US Letter PDF with PDFKit's built-in Helvetica: the laboratory and report
 * date at the top, the patient on every page, each order's specimens with their source, collection
 * and receipt, a results table per panel (result, flag, units, reference interval, status), corrected
 * results with both values, the critical-value call log, and page numbers.
 * @see https://pdfkit.org/docs/text.html
 */

type Doc = PDFKit.PDFDocument;

const PAGE = { width: 612, height: 792, margin: 40 } as const;
const CONTENT = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin - 28;
const INK = '#111111';
const MUTED = '#555555';
const CRITICAL = '#b00020';
const BAND = '#eef1f4';

const COLUMNS = [
  { title: 'Test', width: 140 },
  { title: 'Result', width: 122 },
  { title: 'Flag', width: 40 },
  { title: 'Units', width: 58 },
  { title: 'Reference interval', width: 92 },
  { title: 'Status', width: 80 },
] as const;

const statusText: Readonly<Record<ReportRowStatus, string>> = {
  final: 'Final',
  corrected: 'CORRECTED',
  'in-review': 'In review',
  pending: 'Pending',
  cancelled: 'Cancelled',
};

/** "2026-03-02 08:05 UTC" in the lab's time zone. */
export function formatTime(at: Date, timeZone = 'UTC'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

class Layout {
  /** The panel whose table is being drawn, named again when it runs onto a new page. */
  private panel = '';

  constructor(
    readonly doc: Doc,
    readonly report: ReportDocument,
    readonly timeZone: string,
  ) {}

  time(at: Date | undefined): string {
    return at ? formatTime(at, this.timeZone) : '';
  }

  font(bold: boolean, size: number, color = INK): Doc {
    return this.doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(size)
      .fillColor(color);
  }

  /** Starts a new page when `height` does not fit, and says whether it did. */
  room(height: number): boolean {
    if (this.doc.y + height <= BOTTOM) return false;
    this.doc.addPage();
    this.runningHeader();
    return true;
  }

  runningHeader(): void {
    const { patient } = this.report;
    this.font(true, 9).text(
      `${patient.name}   MRN ${patient.mrn}   DOB ${patient.birthDate}`,
      PAGE.margin,
      PAGE.margin,
      {
        width: 300,
        lineBreak: false,
        ellipsis: true,
      },
    );
    this.font(false, 8, MUTED).text(this.report.title, PAGE.margin + 310, PAGE.margin + 1, {
      width: CONTENT - 310,
      align: 'right',
      lineBreak: false,
    });
    this.rule(PAGE.margin + 14);
    this.doc.y = PAGE.margin + 22;
  }

  rule(y: number, color = '#999999'): void {
    this.doc
      .moveTo(PAGE.margin, y)
      .lineTo(PAGE.width - PAGE.margin, y)
      .lineWidth(0.5)
      .strokeColor(color)
      .stroke();
  }

  header(): void {
    const { lab, title, generatedAt } = this.report;
    const top = PAGE.margin;
    this.font(true, 15).text(lab.name, PAGE.margin, top, { width: 330 });
    this.font(false, 9, MUTED);
    for (const line of lab.address) this.doc.text(line, { width: 330 });
    const credentials = [
      lab.cliaNumber ? `CLIA ${lab.cliaNumber}` : '',
      lab.director ? `Laboratory director: ${lab.director}` : '',
    ]
      .filter(Boolean)
      .join('   ');
    if (credentials) this.doc.text(credentials, { width: 330 });
    const left = this.doc.y;
    this.font(true, 13).text(title, PAGE.margin + 330, top, { width: CONTENT - 330, align: 'right' });
    this.font(false, 9, MUTED).text(`Report date: ${this.time(generatedAt)}`, {
      width: CONTENT - 330,
      align: 'right',
    });
    this.doc.y = Math.max(left, this.doc.y) + 8;
    this.patientBox();
  }

  patientBox(): void {
    const { patient } = this.report;
    const y = this.doc.y;
    this.doc.rect(PAGE.margin, y, CONTENT, 34).fillColor(BAND).fill();
    const cells = [
      ['Patient', patient.name, 200],
      ['MRN', patient.mrn, 120],
      ['Date of birth', patient.birthDate, 110],
      ['Sex', patient.sex, CONTENT - 430 - 12],
    ] as const;
    let x = PAGE.margin + 8;
    for (const [label, value, width] of cells) {
      this.font(false, 7.5, MUTED).text(label.toUpperCase(), x, y + 6, { width });
      this.font(true, 10.5).text(value, x, y + 16, { width, lineBreak: false, ellipsis: true });
      x += width;
    }
    this.doc.y = y + 44;
  }

  /** The table header again at the top of a new page, under its panel's name. */
  continueTable(): void {
    this.font(true, 9.5).text(`${this.panel} (continued)`, PAGE.margin, this.doc.y);
    this.doc.y += 2;
    this.tableHeader();
  }

  tableHeader(): void {
    const y = this.doc.y;
    let x = PAGE.margin;
    this.font(true, 8, MUTED);
    for (const column of COLUMNS) {
      this.doc.text(column.title, x + 2, y, { width: column.width - 4 });
      x += column.width;
    }
    this.rule(y + 11, '#bbbbbb');
    this.doc.y = y + 14;
  }

  resultRow(row: ReportRow): void {
    const emphasis = row.critical || row.status === 'corrected';
    const value =
      (row.value ?? (row.status === 'in-review' ? 'not yet verified' : '-')) +
      (row.correction ? `\nwas ${row.correction.previousValue}` : '');
    const flag = row.flag ? `${row.flag}${row.critical ? ' *' : ''}` : '';
    const cells = [row.test, value, flag, row.value ? row.unit : '', row.range, statusText[row.status]];
    this.font(false, 9);
    const height = Math.max(
      ...cells.map((text, i) =>
        this.doc.heightOfString(text || ' ', { width: (COLUMNS[i]?.width ?? 0) - 4 }),
      ),
    );
    if (this.room(height + 4)) this.continueTable();
    const y = this.doc.y;
    let x = PAGE.margin;
    cells.forEach((text, i) => {
      const bold = (i === 1 || i === 2) && emphasis ? true : i === 5 && row.status === 'corrected';
      const color =
        row.critical && (i === 1 || i === 2) ? CRITICAL : row.value === undefined && i === 1 ? MUTED : INK;
      this.font(bold, 9, color).text(text, x + 2, y, { width: (COLUMNS[i]?.width ?? 0) - 4 });
      x += COLUMNS[i]?.width ?? 0;
    });
    this.doc.y = y + height + 3;
    if (row.correction) {
      const c = row.correction;
      const note =
        `CORRECTED REPORT. Previously reported: ${c.previousValue} ${row.unit}`.trim() +
        `${c.previousReleasedAt ? ` on ${this.time(c.previousReleasedAt)}` : ''}. ` +
        `Corrected value: ${row.value ?? ''} ${row.unit}`.trim() +
        `${c.correctedAt ? ` on ${this.time(c.correctedAt)}` : ''}${c.reason ? `. Reason: ${c.reason}` : ''}.`;
      this.font(false, 8, CRITICAL);
      const h = this.doc.heightOfString(note, { width: CONTENT - 24 });
      if (this.room(h + 4)) this.continueTable();
      this.font(false, 8, CRITICAL).text(note, PAGE.margin + 14, this.doc.y, { width: CONTENT - 24 });
      this.doc.y += 3;
    }
  }

  orders(): void {
    for (const order of this.report.orders) {
      this.room(60);
      this.doc.y += 4;
      this.font(true, 11).text(`Order ${order.orderNumber}`, PAGE.margin, this.doc.y, { continued: true });
      this.font(false, 9, MUTED).text(
        `    ordered ${this.time(order.orderedAt)}    priority ${order.priority.toUpperCase()}` +
          `${order.placerOrderNumber ? `    placer order ${order.placerOrderNumber}` : ''}`,
      );
      const lines = [
        order.provider ? `Ordering provider: ${order.provider}` : '',
        order.clinicalInfo ? `Clinical information: ${order.clinicalInfo}` : '',
      ].filter(Boolean);
      for (const line of lines) this.font(false, 9).text(line, PAGE.margin, this.doc.y, { width: CONTENT });
      this.doc.y += 4;
      for (const specimen of order.specimens) {
        this.room(56);
        const y = this.doc.y;
        const received = specimen.receivedAt ? `    received ${this.time(specimen.receivedAt)}` : '';
        const line = `Specimen ${specimen.accession}: ${specimen.source}    collected ${this.time(specimen.collectedAt) || 'not recorded'}${received}`;
        this.font(true, 9);
        const h = this.doc.heightOfString(line, { width: CONTENT - 12 });
        this.doc
          .rect(PAGE.margin, y, CONTENT, h + 6)
          .fillColor(BAND)
          .fill();
        this.font(true, 9).text(line, PAGE.margin + 6, y + 3, { width: CONTENT - 12 });
        this.doc.y = y + h + 9;
        if (specimen.rejection) {
          this.font(true, 9, CRITICAL).text(specimen.rejection, PAGE.margin + 6, this.doc.y, {
            width: CONTENT - 12,
          });
          this.doc.y += 3;
        }
        for (const panel of specimen.panels) {
          this.room(40);
          this.panel = panel.name;
          this.font(true, 9.5).text(panel.name, PAGE.margin, this.doc.y);
          this.doc.y += 2;
          this.tableHeader();
          for (const row of panel.rows) this.resultRow(row);
          this.doc.y += 6;
        }
      }
    }
  }

  criticalCalls(): void {
    const calls = this.report.criticalCalls;
    this.room(50);
    this.doc.y += 4;
    this.font(true, 11).text('Critical value notification log', PAGE.margin, this.doc.y);
    this.doc.y += 2;
    if (calls.length === 0) {
      this.font(false, 9, MUTED).text(
        'No critical values were called for this report.',
        PAGE.margin,
        this.doc.y,
      );
      return;
    }
    for (const call of calls) {
      const head =
        `${call.test} ${call.value} (specimen ${call.accession}) - detected ${this.time(call.detectedAt)}; ` +
        (call.notified
          ? `notified ${call.notified}${call.completedAt ? ` at ${this.time(call.completedAt)}` : ''}; read-back ${call.readBack ? 'confirmed' : 'NOT confirmed'}${call.completedBy ? `; called by ${call.completedBy}` : ''}`
          : `call ${call.status}`);
      this.font(false, 9);
      this.room(this.doc.heightOfString(head, { width: CONTENT }) + 4);
      this.font(false, 9).text(head, PAGE.margin, this.doc.y, { width: CONTENT });
      for (const attempt of call.attempts) {
        this.font(false, 8, MUTED).text(
          `${this.time(attempt.at)}  ${attempt.reached}: ${attempt.outcome} (${attempt.by})`,
          PAGE.margin + 14,
          this.doc.y,
          { width: CONTENT - 14 },
        );
      }
      this.doc.y += 3;
    }
  }

  notes(): void {
    const notes = [
      'Flags: L low, H high, LL/HH critical (*, called to a caregiver; see the log), A abnormal, < > beyond the measuring range.',
      "Reference intervals are those for the patient's sex and age at collection. Results in review are not reported until verified.",
      'A CORRECTED result replaces one reported earlier; both values are shown. End of report.',
    ];
    this.room(40);
    this.doc.y += 6;
    for (const note of notes)
      this.font(false, 7.5, MUTED).text(note, PAGE.margin, this.doc.y, { width: CONTENT });
  }

  footers(): void {
    const range = this.doc.bufferedPageRange();
    const { patient } = this.report;
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const y = PAGE.height - PAGE.margin - 14;
      this.rule(y - 4);
      this.font(false, 7.5, MUTED).text(
        `${patient.name}  MRN ${patient.mrn}  -  ${this.report.lab.name}  -  reported ${this.time(this.report.generatedAt)}`,
        PAGE.margin,
        y,
        { width: CONTENT - 80, lineBreak: false },
      );
      this.font(false, 7.5, MUTED).text(`Page ${i + 1} of ${range.count}`, PAGE.margin, y, {
        width: CONTENT,
        align: 'right',
        lineBreak: false,
      });
    }
  }
}

/** The report as PDF bytes. */
export async function renderReportPdf(report: ReportDocument, timeZone = 'UTC'): Promise<Buffer> {
  // Loaded on first use: PDFKit unpacks its font and line-breaking data when imported, which every
  // process importing the services would otherwise pay for at start.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: PAGE.margin,
    bufferPages: true,
    info: {
      Title: `${report.title}: ${report.patient.name} (${report.patient.mrn})`,
      Author: report.lab.name,
      Creator: 'Aliquot',
      CreationDate: report.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const layout = new Layout(doc, report, timeZone);
  layout.header();
  layout.orders();
  layout.criticalCalls();
  layout.notes();
  layout.footers();
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
