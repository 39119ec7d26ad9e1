// Writes the HTTP contract the web app is typed against: src/api/openapi.json (the server's OpenAPI
// document) and src/api/schema.d.ts (its TypeScript types, by openapi-typescript). Run after the server
// is built (`npx tsc -b`): `npm run generate-api -w @aliquot/web`.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

export const REGENERATE = 'npx tsc -b && npm run generate-api -w @aliquot/web';

const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));
export const OPENAPI_JSON = here('../src/api/openapi.json');
export const SCHEMA_DTS = here('../src/api/schema.d.ts');

const HEADER = `/**
 * The API's types, generated from the server's OpenAPI document by openapi-typescript.
 * Do not edit: run \`${REGENERATE}\`.
 */
`;

async function format(text, file) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

/** The two files' text for an OpenAPI document, formatted as the repository's Prettier would. */
export async function apiFiles(document) {
  const json = await format(JSON.stringify(document), OPENAPI_JSON);
  const ast = await openapiTS(JSON.parse(json));
  const dts = await format(HEADER + astToString(ast), SCHEMA_DTS);
  return { json, dts };
}

async function main() {
  const server = pathToFileURL(here('../../server/dist/index.js')).href;
  const { openApiDocument } = await import(server);
  const { json, dts } = await apiFiles(openApiDocument());
  await writeFile(OPENAPI_JSON, json);
  await writeFile(SCHEMA_DTS, dts);
  console.log(`wrote ${OPENAPI_JSON}\nwrote ${SCHEMA_DTS}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
