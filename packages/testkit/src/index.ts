export { EXTERNAL_POSTGRES_URL } from './global-setup.js';
