/**
 * `npm run bench`: throughput of the analysis pipeline against bare tokenisation, then an
 * ingest scaling run. Prints figures; asserts nothing (speed is measured here, not in tests).
 *
 *   npm run bench                                # throughput + 1k and 10k documents
 *   npm run bench -- --sizes 1000,10000,100000   # other sizes (the last --sizes wins)
 *   npm run bench -- --no-scale         # throughput only
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import nlp from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { createPipeline } from "../src/pipeline.js";
import { generateCorpus } from "./generate.js";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
  const i = args.lastIndexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const seedsDir = resolve("../shared/corpus/seeds");
const texts = readdirSync(seedsDir)
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), "utf8"));
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const totalWords = texts.reduce((n, t) => n + words(t), 0);

function timeIt(repeat: number, fn: () => void): number {
  fn(); // warm-up (model loads, JIT)
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e9 / repeat;
}

function throughput(): void {
  const wink = winkNLP(model);
  const tokenise = timeIt(5, () => {
    for (const t of texts) wink.readDoc(t).tokens().out();
  });
  const compromise = timeIt(2, () => {
    for (const t of texts) {
      const doc = nlp(t);
      doc.people().out("array");
      doc.places().out("array");
      doc.organizations().out("array");
    }
  });
  const pipeline = createPipeline();
  const published = ["2020-01-02", "2020-03-12", "2020-01-02", "2020-01-03", "2019-12-31"];
  const full = timeIt(3, () => {
    texts.forEach((t, i) => pipeline.analyze({ text: t, kind: "article", published: published[i] ?? null, title: null }));
  });
  const wps = (s: number) => Math.round(totalWords / s);
  console.log(`throughput on the seed corpus (${texts.length} files, ${totalWords.toLocaleString("en")} words), one core:`);
  console.log(`  wink-nlp tokenisation alone   ${wps(tokenise).toLocaleString("en").padStart(10)} words/s`);
  console.log(`  compromise full parse         ${wps(compromise).toLocaleString("en").padStart(10)} words/s`);
  console.log(`  sitrep full pipeline          ${wps(full).toLocaleString("en").padStart(10)} words/s`);
  console.log(`  pipeline / tokenisation       ${(tokenise / full).toFixed(3)}   (target ≥ 0.5)`);
  console.log(`  pipeline / compromise         ${(compromise / full).toFixed(3)}`);
}

interface ScaleResult {
  docs: number;
  seconds: number;
  peakRssMb: number;
}

function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function ingest(dir: string, db: string): Promise<{ seconds: number; peakRssMb: number; code: number | null }> {
  return new Promise((done) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ["bin/sitrep.js", "ingest", dir, "--db", db, "--json"], { stdio: ["ignore", "ignore", "inherit"] });
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, peakRss(child.pid ?? 0))), 250);
    child.on("close", (code) => {
      clearInterval(poll);
      done({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, peakRssMb: peak, code });
    });
  });
}

async function scaling(sizes: number[]): Promise<void> {
  console.log(`\ningest scaling (generated corpus, ${availableParallelism()} cores, --jobs default):`);
  console.log(`  ${"docs".padStart(8)} ${"wall s".padStart(9)} ${"docs/s".padStart(8)} ${"peak RSS MB".padStart(12)}`);
  const results: ScaleResult[] = [];
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `sitrep-bench-${n}-`));
    try {
      generateCorpus({ seedsDir, outDir: join(dir, "corpus"), count: n, seed: n });
      const r = await ingest(join(dir, "corpus"), join(dir, "bench.db"));
      if (r.code !== 0) console.log(`  (ingest exited ${r.code})`);
      results.push({ docs: n, seconds: r.seconds, peakRssMb: r.peakRssMb });
      console.log(`  ${String(n).padStart(8)} ${r.seconds.toFixed(1).padStart(9)} ${(n / r.seconds).toFixed(0).padStart(8)} ${r.peakRssMb.toFixed(0).padStart(12)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const at = (n: number) => results.find((r) => r.docs === n);
  const a = at(10_000);
  const b = at(100_000);
  if (a && b) console.log(`  time(100k)/time(10k) = ${(b.seconds / a.seconds).toFixed(2)}   (target ≤ 11)`);
}

throughput();
if (!flag("--no-scale")) {
  const sizes = (value("--sizes") ?? "1000,10000,100000").split(",").map(Number).filter((n) => n > 0);
  await scaling(sizes);
}
