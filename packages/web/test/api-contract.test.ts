import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@aliquot/server';
import { OPENAPI_JSON, REGENERATE, SCHEMA_DTS, apiFiles } from '../scripts/generate-api.mjs';

describe("the web app's API contract", () => {
  it("the committed OpenAPI document and its types match the server's routes", async () => {
    const expected = await apiFiles(openApiDocument());
    const committedJson = await readFile(OPENAPI_JSON, 'utf8');
    const committedDts = await readFile(SCHEMA_DTS, 'utf8');
    const stale = `packages/web/src/api is out of date with the server's OpenAPI document; run: ${REGENERATE}`;
    expect(committedJson, stale).toBe(expected.json);
    expect(committedDts, stale).toBe(expected.dts);
  });
});
