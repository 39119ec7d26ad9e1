import { readLabOrders } from '@aliquot/codecs/hl7v2';
import { MllpServer, acknowledge } from '@aliquot/interfaces';

/** One result as the EHR received it in an ORU^R01. */
export interface ReceivedResult {
  /** SPM-2.2, the lab's accession number (filler specimen ID). */
  readonly accession: string;
  /** The lab's own test code (OBX-3.4 when OBX-3 leads with LOINC, else OBX-3.1). */
  readonly testCode: string;
  readonly loinc: string | null;
  /** OBX-5 as sent. */
  readonly value: string;
  /** OBX-11: F final, C corrected… */
  readonly status: string;
  readonly controlId: string;
  readonly receivedAt: string;
}

/**
 * The virtual EHR's result inbox: an MLLP listener that takes the ORU^R01 messages Aliquot sends for
 * released and corrected results, acknowledges each (AA) and keeps what arrived, so a run can count
 * which released results reached the clinician and how long after release.
 * @see HL7 v2.5.1 chapter 7.3.1 ORU^R01
 */
export class EhrResultListener {
  readonly received: ReceivedResult[] = [];
  readonly #server: MllpServer;
  #port: number | undefined;

  constructor() {
    this.#server = new MllpServer({
      handler: (inbound) => {
        const at = new Date().toISOString();
        const controlId = inbound.message.value('MSH-10');
        for (const patient of readLabOrders(inbound.message).patients) {
          for (const order of patient.orders) {
            const accession = order.specimens[0]?.spm.segment.value(2, 2) ?? '';
            for (const { obx } of order.observations) {
              const s = obx.segment;
              const loinc = s.value(3, 3) === 'LN' ? s.value(3, 1) : null;
              this.received.push({
                accession,
                testCode: loinc ? s.value(3, 4) : s.value(3, 1),
                loinc,
                value: s.raw(5),
                status: s.value(11),
                controlId,
                receivedAt: at,
              });
            }
          }
        }
        return Promise.resolve(acknowledge(inbound));
      },
    });
  }

  /** Listens on `port` (0: any free one) and resolves with the port bound. */
  async listen(port = 0, host = '127.0.0.1'): Promise<number> {
    const address = await this.#server.listen(port, host);
    this.#port = address.port;
    return address.port;
  }

  get port(): number | undefined {
    return this.#port;
  }

  close(): Promise<void> {
    return this.#server.close();
  }
}
