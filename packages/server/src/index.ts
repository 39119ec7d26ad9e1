export * from './app.js';
export * from './app-env.js';
export * from './http-error.js';
export * from './main.js';
export * from './openapi-document.js';
export * from './version.js';
export * from './web-app.js';
