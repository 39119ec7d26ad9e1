export * from './astm-server.js';
export * from './reconnecting-socket.js';
