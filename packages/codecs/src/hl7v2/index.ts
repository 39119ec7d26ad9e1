export * from './hl7-delimiters.js';
export * from './hl7-escape.js';
export * from './hl7-lines.js';
export * from './hl7-path.js';
export * from './hl7-segment.js';
export * from './hl7-message.js';
