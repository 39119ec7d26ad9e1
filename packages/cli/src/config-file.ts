import { readFile } from 'node:fs/promises';
import { LabError, describeError } from '@aliquot/domain';

/** The `--config` file: JSON. Every key is optional; a command-line flag is overridden by the file. */
export interface AliquotConfig {
  readonly port?: number;
  readonly host?: string;
  readonly dataDir?: string;
}

const KNOWN: Record<keyof AliquotConfig, 'number' | 'string'> = {
  port: 'number',
  host: 'string',
  dataDir: 'string',
};

export async function loadConfig(file: string): Promise<AliquotConfig> {
  let parsed: AliquotConfig;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8')) as AliquotConfig;
  } catch (error) {
    throw LabError.invalid(`the configuration file ${file} cannot be read: ${describeError(error)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw LabError.invalid(`the configuration file ${file} must hold a JSON object`);
  }
  const issues = Object.entries(parsed).flatMap(([key, value]) => {
    const type = KNOWN[key as keyof AliquotConfig];
    if (!type)
      return [
        { location: key, message: `unknown setting; known settings are ${Object.keys(KNOWN).join(', ')}` },
      ];
    return typeof value === type ? [] : [{ location: key, message: `must be a ${type}` }];
  });
  if (issues.length > 0) throw LabError.invalid(`the configuration file ${file} has problems`, issues);
  return parsed;
}
