#!/usr/bin/env node
// The specgen command: runs the compiled CLI (npm run build, or the prepare script on install).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
