#!/usr/bin/env node
// The CLI is TypeScript run through tsx's loader, so no build step stands between `npm ci` and use.
import { register } from "tsx/esm/api";

register();
await import("../server/cli/main.ts");
