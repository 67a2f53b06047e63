/**
 * Runs in a worker thread: builds the pipeline once, then analyses the batches the main
 * thread sends. Messages are plain data (structured clone).
 */
import { parentPort, workerData } from "node:worker_threads";
import type { DocAnalysis } from "../model/analysis.js";
import { createPipeline, type AnalysisInput } from "../pipeline.js";

export interface WorkerRequest {
  id: number;
  inputs: AnalysisInput[];
}

export interface WorkerReply {
  id: number;
  results: ({ ok: true; analysis: DocAnalysis } | { ok: false; error: string })[];
}

const options = workerData as { actorFiles: string[] };
const pipeline = createPipeline({ actorFiles: options.actorFiles });

parentPort?.on("message", (req: WorkerRequest) => {
  const results: WorkerReply["results"] = req.inputs.map((input) => {
    try {
      return { ok: true, analysis: pipeline.analyze(input) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
  parentPort?.postMessage({ id: req.id, results } satisfies WorkerReply);
});
