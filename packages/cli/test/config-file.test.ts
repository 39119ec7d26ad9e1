/**
 * The `--config` file as a lab writes it: ports, instruments and the EHR are taken; a typo is refused
 * with the place it is in, before anything starts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config-file.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aliquot-config-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function file(content: unknown): Promise<string> {
  const name = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  await writeFile(name, JSON.stringify(content));
  return name;
}

const chemistry = {
  code: 'CHEM1',
  name: 'Chemistry, bench 2',
  protocol: 'astm',
  transport: 'tcp-server',
  port: 12010,
  senderIds: ['AU5800'],
  qcPatterns: ['^QC-'],
  testCodes: [{ instrumentCode: 'GLU', testCode: 'GLU', instrumentUnit: 'mmol/L', factor: 18.016 }],
};

describe('the configuration file', () => {
  it('takes the listener ports and the instruments with their mappings', async () => {
    const config = await loadConfig(
      await file({ mllpPort: 2600, astmPort: 12002, instruments: [chemistry] }),
    );
    expect(config).toEqual({ mllpPort: 2600, astmPort: 12002, instruments: [chemistry] });
  });

  it('refuses a port out of range and names each bad instrument setting by its place', async () => {
    const refused = loadConfig(
      await file({
        astmPort: 70000,
        instruments: [
          chemistry,
          { ...chemistry, code: 'COAG1', transport: 'tcp-client', protocol: 'asmt', qcPatterns: ['(['] },
        ],
      }),
    );
    const error = (await refused.then(
      () => undefined,
      (e: unknown) => e,
    )) as { code: string; issues: { location: string; message: string }[] };
    expect(error.code).toBe('invalid');
    expect(error.issues).toContainEqual({
      location: 'astmPort',
      message: 'must be a port, a whole number from 0 to 65535',
    });
    expect(error.issues).toContainEqual({ location: 'instruments[1].protocol', message: 'astm or hl7' });
    expect(error.issues).toContainEqual({
      location: 'instruments[1].port',
      message: 'a tcp-client instrument needs a host and a port to connect to',
    });
    expect(error.issues.map((i) => i.location)).toContain('instruments[1].qcPatterns[0]');
    expect(error.issues.some((i) => i.location.startsWith('instruments[0]'))).toBe(false);
  });

  it('refuses an instrument setting it does not know', async () => {
    await expect(
      loadConfig(await file({ instruments: [{ ...chemistry, baud: 9600 }] })),
    ).rejects.toMatchObject({
      issues: [{ location: 'instruments[0].baud', message: 'unknown setting' }],
    });
  });

  it('takes the EHR that results are reported to, and names each bad or missing EHR setting', async () => {
    const ehr = { host: '10.2.0.7', port: 6661, receivingApplication: 'EPIC', receivingFacility: 'GH' };
    expect(await loadConfig(await file({ ehr }))).toEqual({ ehr });
    const refused = (await loadConfig(
      await file({ ehr: { host: '10.2.0.7', port: 0, facility: 'GH' } }),
    ).then(
      () => undefined,
      (e: unknown) => e,
    )) as { issues: { location: string; message: string }[] };
    expect(refused.issues).toEqual(
      expect.arrayContaining([
        { location: 'ehr.port', message: 'must be a port, a whole number from 1 to 65535' },
        expect.objectContaining({ location: 'ehr.facility' }),
        { location: 'ehr.receivingApplication', message: 'required' },
        { location: 'ehr.receivingFacility', message: 'required' },
      ]),
    );
  });
});
