// Dredd hooks for the MicroF1 contract: Dredd loads this file with `require` and hands it its
// `hooks` module. The work is done in setup.cjs, which tests can load without Dredd.
const hooks = require('hooks');
const { registerHooks } = require('./setup.cjs');

registerHooks(hooks, { baseUrl: process.env.MICROF1_BASE_URL });
