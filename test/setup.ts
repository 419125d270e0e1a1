import { afterAll } from "vitest";
import { removeMade } from "./shared.ts";

// Registered before each file's own hooks, so it runs after them: servers stop before their databases go.
afterAll(removeMade);
