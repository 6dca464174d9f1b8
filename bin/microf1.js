#!/usr/bin/env node
// The `microf1` command: runs the compiled CLI from dist/ (built by `npm run build`, which
// `npm ci` runs through the prepare script).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
