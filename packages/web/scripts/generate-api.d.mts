/** Types of generate-api.mjs, for the contract test that checks the committed files. */
export declare const REGENERATE: string;
export declare const OPENAPI_JSON: string;
export declare const SCHEMA_DTS: string;
export declare function apiFiles(document: unknown): Promise<{ json: string; dts: string }>;
