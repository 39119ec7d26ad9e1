export * from './app.js';
export * from './app-env.js';
export * from './http-error.js';
export * from './main.js';
