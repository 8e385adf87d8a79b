#!/usr/bin/env node
// The specgen command: runs the compiled CLI, bundled into one module (npm run build, or the prepare script on install).
import { main } from '../dist/cli.bundle.js';

process.exitCode = await main(process.argv.slice(2));
