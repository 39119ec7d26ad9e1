export * from './report-model.js';
export * from './report-pdf.js';
export * from './report-service.js';
