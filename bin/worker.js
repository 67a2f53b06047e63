// Worker-thread entry: loads the worker module it is given (TypeScript through tsx in a
// source checkout, compiled JavaScript from dist/ otherwise).
import { workerData } from "node:worker_threads";

const { module } = workerData;
if (String(module).endsWith(".ts")) {
  const { register } = await import("tsx/esm/api");
  register();
}
await import(module);
