#!/usr/bin/env node
// Runs the built CLI (npm run build); see server/src/publish/verify-cli.ts.
import { runVerifyCli } from "../dist/publish/verify-cli.js";

process.exitCode = await runVerifyCli(process.argv.slice(2));
