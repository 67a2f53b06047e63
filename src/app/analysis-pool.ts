/**
 * Spreads document analysis over cores: `jobs` worker threads, each with its own
 * pipeline. With one job it runs in-process. Results come back in request order.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { DocAnalysis } from "../model/analysis.js";
import { ANALYSIS_VERSION, createPipeline, type AnalysisInput } from "../pipeline.js";
import type { WorkerReply, WorkerRequest } from "./analysis-worker.js";

export type AnalysisOutcome = { ok: true; analysis: DocAnalysis } | { ok: false; error: string };

export interface AnalysisPool {
  readonly jobs: number;
  readonly version: string;
  analyze(inputs: AnalysisInput[]): Promise<AnalysisOutcome[]>;
  close(): Promise<void>;
}

export interface PoolOptions {
  jobs?: number;
  actorFiles?: string[];
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export function createAnalysisPool(options: PoolOptions = {}): AnalysisPool {
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const actorFiles = options.actorFiles ?? [];
  if (jobs === 1) {
    const local = createPipeline({ actorFiles });
    return {
      jobs,
      version: local.version,
      async analyze(inputs) {
        return inputs.map((input) => {
          try {
            return { ok: true, analysis: local.analyze(input) };
          } catch (error) {
            return { ok: false, error: error instanceof Error ? error.message : String(error) };
          }
        });
      },
      async close() {},
    };
  }
  return workerPool(jobs, actorFiles, ANALYSIS_VERSION);
}

function workerPool(jobs: number, actorFiles: string[], version: string): AnalysisPool {
  const here = import.meta.url;
  const module = new URL(here.endsWith(".ts") ? "./analysis-worker.ts" : "./analysis-worker.js", here).href;
  // src/app/ and dist/app/ both sit two levels below the repository root.
  const bootstrap = fileURLToPath(new URL("../../bin/worker.js", here));
  const workers = Array.from({ length: jobs }, () => {
    const w = new Worker(bootstrap, { workerData: { module, actorFiles } });
    w.unref();
    return { w, busy: 0 };
  });
  const pending = new Map<number, { resolve: (r: AnalysisOutcome[]) => void; reject: (e: Error) => void; worker: (typeof workers)[number] }>();
  let nextId = 1;
  for (const slot of workers) {
    slot.w.on("message", (reply: WorkerReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      p.worker.busy--;
      p.resolve(reply.results);
    });
    slot.w.on("error", (error) => {
      for (const [id, p] of pending) {
        if (p.worker !== slot) continue;
        pending.delete(id);
        p.reject(error);
      }
    });
  }
  return {
    jobs,
    version,
    analyze(inputs) {
      const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = nextId++;
      slot.busy++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: slot });
        slot.w.ref();
        slot.w.postMessage({ id, inputs } satisfies WorkerRequest);
      }).finally(() => {
        if (slot.busy === 0) slot.w.unref();
      }) as Promise<AnalysisOutcome[]>;
    },
    async close() {
      await Promise.all(workers.map((s) => s.w.terminate()));
    },
  };
}
