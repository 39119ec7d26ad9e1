import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { LabError } from '@aliquot/domain';
import { parseScenario } from './scenario-parser.js';
import type { Scenario } from './scenario-types.js';

/** The folder of the scenarios that ship with the simulator (`packages/simulator/scenarios`). */
export const SCENARIO_DIRECTORY = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** The shipped scenarios' names (file names without `.json`). */
export async function shippedScenarios(): Promise<string[]> {
  const files = await readdir(SCENARIO_DIRECTORY);
  return files
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/**
 * Reads and checks a scenario: a path to a JSON file, or the name of a shipped one (`default`,
 * `night-shift`…). Throws a LabError naming every problem and its JSON path.
 */
export async function loadScenario(fileOrName: string): Promise<Scenario> {
  const file =
    fileOrName.endsWith('.json') || fileOrName.includes('/') || fileOrName.includes(path.sep)
      ? fileOrName
      : path.join(SCENARIO_DIRECTORY, `${fileOrName}.json`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const shipped = await shippedScenarios().catch(() => []);
    throw LabError.invalid(
      `cannot read the scenario ${file}: ${error instanceof Error ? error.message : String(error)}`,
      [{ location: 'scenario', message: `give a JSON file, or one of: ${shipped.join(', ')}` }],
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw LabError.invalid(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseScenario(document, file);
}
