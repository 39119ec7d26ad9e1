export * from './alert-grouping.js';
export * from './critical-limits.js';
export * from './critical-notification.js';
export * from './escalation-ladder.js';
export * from './notification-times.js';
