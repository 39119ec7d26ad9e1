export * from './order-message-reader.js';
export * from './order-identity.js';
export * from './order-apply.js';
export * from './order-message-service.js';
export * from './interface-message-service.js';
export * from './result-report-builder.js';
export * from './result-report-service.js';
