export * from './hl7-bytes.js';
export * from './mllp-connection.js';
export * from './mllp-server.js';
export * from './mllp-client.js';
