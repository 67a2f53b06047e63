/**
 * What every Store must do, as one vitest suite run against each engine
 * (store-sqlite.test.ts, store-postgres.test.ts). A harness makes a fresh empty database
 * and opens any number of stores on it, so concurrent writers can be real.
 */
import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyAnalysis, type DocAnalysis } from "../model/analysis.js";
import { jobQueueOf } from "./jobs.js";
import type { NewDocument, NewDocumentSet, Store } from "./store.js";

export interface FreshDatabase {
  /** Opens another store (another connection or pool) on the same database. */
  open(): Promise<Store>;
  /** Closes what `open` returned and removes the database. */
  dispose(): Promise<void>;
}

export interface StoreHarness {
  fresh(): Promise<FreshDatabase>;
}

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

function doc(text: string, over: Partial<NewDocument> = {}): NewDocument {
  return {
    hash: sha(`${over.kind ?? "article"}\n${over.title ?? ""}\n${text}`),
    source: "input.txt",
    kind: "article",
    title: null,
    outlet: null,
    published: null,
    author: null,
    url: null,
    text,
    status: text.trim() ? "ok" : "empty",
    contentType: "text/plain",
    charset: "utf-8",
    diagnostics: [],
    number: null,
    replyTo: null,
    ...over,
  };
}

function analysisOf(text: string): DocAnalysis {
  return { ...emptyAnalysis("test-1"), sentences: [{ start: 0, end: text.length, text, quote: null }] };
}

function set(text: string, options: { source?: string; title?: string; comments?: string[]; raw?: Uint8Array; analyse?: boolean } = {}): NewDocumentSet {
  const source = options.source ?? "input.txt";
  const article = doc(text, { source, title: options.title ?? null });
  const comments = (options.comments ?? []).map((c, i) =>
    doc(c, { kind: "comment", source, hash: sha(`${article.hash}\n${i}\n${c}`), number: i + 1, replyTo: i > 0 ? i - 1 : null, author: `reader${i}` }),
  );
  return {
    article,
    comments,
    raw: options.raw ?? new TextEncoder().encode(text),
    analyses: options.analyse === false ? null : [article, ...comments].map((d) => analysisOf(d.text)),
  };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}

export function storeContract(name: string, harness: StoreHarness): void {
  describe(`${name} store contract`, () => {
    let db: FreshDatabase;
    let store: Store;

    beforeEach(async () => {
      db = await harness.fresh();
      store = await db.open();
    });
    afterEach(async () => {
      await db.dispose();
    });

    it("adds an article with comments and reads every field back", async () => {
      const s = set("Rockets hit the base on Friday.", { title: "Base hit", comments: ["First!", "Replying to the first."] });
      s.article.published = "2020-01-03";
      s.article.outlet = "Example News";
      s.article.diagnostics = [{ code: "date-guessed", severity: "warning", message: "date guessed", stage: "ingest", start: 0, end: 7 }];
      const out = await store.addDocumentSet(s);
      expect(out.status).toBe("added");
      expect(out.id).toMatch(/^d\d+$/);
      expect(out.commentIds).toHaveLength(2);
      const article = await store.getDocument(out.id);
      expect(article).toMatchObject({
        id: out.id,
        hash: s.article.hash,
        kind: "article",
        parent: null,
        title: "Base hit",
        outlet: "Example News",
        published: "2020-01-03",
        text: "Rockets hit the base on Friday.",
        status: "ok",
        contentType: "text/plain",
        charset: "utf-8",
        source: "input.txt",
        sources: ["input.txt"],
        diagnostics: s.article.diagnostics,
      });
      expect(Number.isNaN(Date.parse(article!.ingestedAt))).toBe(false);
      const [c1, c2] = await Promise.all(out.commentIds.map((id) => store.getDocument(id)));
      expect(c1).toMatchObject({ kind: "comment", parent: out.id, replyTo: null, number: 1, author: "reader0", text: "First!" });
      expect(c2).toMatchObject({ kind: "comment", parent: out.id, replyTo: out.commentIds[0], number: 2 });
      expect(await store.getDocument("d999999")).toBeNull();
    });

    it("keeps text exactly, so UTF-16 offsets stay valid", async () => {
      const text = "Tehran 🇮🇷 said: «ردّ» — 3 killed.\r\n\tTabs\u00a0and\u2028lines.";
      const out = await store.addDocumentSet(set(text));
      const back = await store.getDocument(out.id);
      expect(back!.text).toBe(text);
      expect(back!.text.length).toBe(text.length);
    });

    it("dedupes by content hash and records every source", async () => {
      const first = await store.addDocumentSet(set("Same story everywhere.", { source: "a.txt", comments: ["A comment."] }));
      const rev = await store.revision();
      const again = await store.addDocumentSet(set("Same story everywhere.", { source: "b.html", comments: ["A comment."] }));
      expect(again).toEqual({ status: "duplicate", id: first.id, commentIds: first.commentIds });
      expect((await store.getDocument(first.id))!.sources).toEqual(["a.txt", "b.html"]);
      expect(await store.revision()).toBeGreaterThan(rev);
      expect(await store.findByHash(set("Same story everywhere.").article.hash)).toBe(first.id);
      expect(await store.findByHash(sha("nothing like it"))).toBeNull();
      expect(await store.counts()).toMatchObject({ documents: 2, articles: 1, comments: 1 });
    });

    it("addSource adds a source once and refuses unknown documents", async () => {
      const out = await store.addDocumentSet(set("Sourced twice."));
      await store.addSource(out.id, "https://example.org/story");
      await store.addSource(out.id, "https://example.org/story");
      expect((await store.getDocument(out.id))!.sources).toEqual(["input.txt", "https://example.org/story"]);
      await expect(store.addSource("d424242", "x")).rejects.toThrow();
    });

    it("round-trips raw bytes, all 256 values", async () => {
      const raw = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256);
      const out = await store.addDocumentSet(set("Raw bytes kept.", { raw }));
      const back = await store.getRaw(out.id);
      expect(back).toBeInstanceOf(Uint8Array);
      expect(Array.from(back!)).toEqual(Array.from(raw));
      expect(await store.getRaw("d999999")).toBeNull();
    });

    it("saves, replaces and iterates analyses in id order", async () => {
      const a = await store.addDocumentSet(set("One analysed.", { comments: ["Comment analysed."] }));
      const b = await store.addDocumentSet(set("Two not analysed.", { analyse: false }));
      const c = await store.addDocumentSet(set("Three analysed."));
      expect(await store.getAnalysis(a.id)).toEqual(analysisOf("One analysed."));
      expect(await store.getAnalysis(b.id)).toBeNull();
      const rev = await store.revision();
      const replaced = { ...analysisOf("Two not analysed."), version: "test-2" };
      await store.saveAnalysis(b.id, replaced);
      expect(await store.getAnalysis(b.id)).toEqual(replaced);
      expect(await store.revision()).toBeGreaterThan(rev);
      const all = await collect(store.iterateAnalyses(2));
      expect(all.map((x) => x.id)).toEqual([a.id, a.commentIds[0], b.id, c.id]);
      expect(all[2]!.analysis.version).toBe("test-2");
      expect((await store.counts()).analysed).toBe(4);
    });

    it("lists documents with comment counts and filters", async () => {
      const a = await store.addDocumentSet(set("Article with three comments.", { comments: ["c one", "c two", "c three"] }));
      const b = await store.addDocumentSet(set("Article without comments."));
      const articles = await store.listDocuments({ kind: "article" });
      expect(articles.map((d) => [d.id, d.commentCount])).toEqual([
        [a.id, 3],
        [b.id, 0],
      ]);
      const comments = await store.listDocuments({ parent: a.id });
      expect(comments.map((d) => d.id)).toEqual(a.commentIds);
      expect(comments.every((d) => d.kind === "comment" && d.parent === a.id)).toBe(true);
      const page = await store.listDocuments({ limit: 2, offset: 1 });
      expect(page.map((d) => d.id)).toEqual(a.commentIds.slice(0, 2));
      expect(await store.listDocuments()).toHaveLength(5);
    });

    it("finds a word in the one document that has it, with a snippet", async () => {
      await store.addDocumentSet(set("Protesters gathered outside the embassy in Baghdad on Tuesday."));
      const other = await store.addDocumentSet(set("The ministry condemned the airstrike near Qaim.", { title: "Airstrike condemned" }));
      await store.addDocumentSet(set("Markets were calm as traders waited for news."));
      const hits = await store.search("airstrike");
      expect(hits.map((h) => h.doc)).toEqual([other.id]);
      expect(hits[0]!.snippet.toLowerCase()).toContain("airstrike");
      expect(hits[0]!.snippet).not.toMatch(/<\/?b>/);
      expect(hits[0]!.score).toBeGreaterThan(0);
      expect(await store.search("embassy Baghdad")).toHaveLength(1);
      expect(await store.search("embassy Qaim")).toHaveLength(0);
      const apostrophes = await store.addDocumentSet(set("Iran’s envoy met Kata'ib Hizballah’s leaders."));
      for (const q of ["Iran", "Iran's envoy", "Hizballah", "Kata'ib", "Kata'ib leaders", "leader"]) expect((await store.search(q)).map((h) => h.doc), q).toEqual([apostrophes.id]);
      expect(await store.search("")).toEqual([]);
      expect(await store.search("   ")).toEqual([]);
    });

    it("treats query syntax and SQL in a search as plain words", async () => {
      await store.addDocumentSet(set("Drop the table, said nobody; documents stay."));
      const before = await store.counts();
      for (const q of [`'); DROP TABLE documents; --`, `" OR 1=1 --`, `NEAR(a b) AND NOT *`, `title:x OR text:y`, `\\'\\"%_`, `a & b | !c <-> d:*`]) {
        await expect(store.search(q)).resolves.toBeInstanceOf(Array);
      }
      expect(await store.counts()).toEqual(before);
      expect((await store.search(`'); DROP TABLE documents; --`)).length).toBe(1);
    });

    it("grows the revision with every write", async () => {
      const seen = [await store.revision()];
      const a = await store.addDocumentSet(set("Revision one."));
      seen.push(await store.revision());
      await store.addSource(a.id, "other.txt");
      seen.push(await store.revision());
      await store.saveAnalysis(a.id, analysisOf("Revision one."));
      seen.push(await store.revision());
      await store.addDocumentSet(set("Revision two."));
      seen.push(await store.revision());
      for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThan(seen[i - 1]!);
    });

    it("counts articles, comments and analyses", async () => {
      expect(await store.counts()).toEqual({ documents: 0, articles: 0, comments: 0, analysed: 0 });
      await store.addDocumentSet(set("Counted.", { comments: ["x", "y"] }));
      await store.addDocumentSet(set("Counted too.", { analyse: false }));
      await store.addDocumentSet(set("   ", { analyse: false }));
      expect(await store.counts()).toEqual({ documents: 5, articles: 3, comments: 2, analysed: 3 });
    });

    it("iterates every document in id order across pages, with sources", async () => {
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) {
        const out = await store.addDocumentSet(set(`Story number ${i}.`, { source: `s${i}.txt`, comments: i % 3 === 0 ? [`comment on ${i}`] : [] }));
        ids.push(out.id, ...out.commentIds);
      }
      const docs = await collect(store.iterateDocuments(3));
      expect(docs.map((d) => d.id)).toEqual(ids);
      expect(docs[0]!.sources).toEqual(["s0.txt"]);
      expect(new Set(docs.map((d) => d.id)).size).toBe(ids.length);
    });

    it("opens again on an existing database with its data", async () => {
      const out = await store.addDocumentSet(set("Still here after reopening."));
      const again = await db.open();
      expect((await again.getDocument(out.id))!.text).toBe("Still here after reopening.");
      expect(await again.counts()).toEqual(await store.counts());
    });

    it("ends concurrent adds of the same content with one document and every source", async () => {
      const writers = [store, ...(await Promise.all([db.open(), db.open(), db.open()]))];
      const stories = Array.from({ length: 6 }, (_, i) => `Concurrent story ${i} with a comment thread.`);
      const outcomes = await Promise.all(
        stories.flatMap((text) => writers.map((w, k) => w.addDocumentSet(set(text, { source: `writer${k}.txt`, comments: ["one", "two"] })))),
      );
      expect(outcomes.filter((o) => o.status === "added")).toHaveLength(stories.length);
      expect(await store.counts()).toMatchObject({ articles: stories.length, comments: stories.length * 2 });
      for (const text of stories) {
        const id = await store.findByHash(set(text).article.hash);
        const mine = outcomes.filter((o) => o.id === id);
        expect(mine).toHaveLength(writers.length);
        expect(new Set(mine.map((o) => o.commentIds.join()))).toHaveLength(1);
        expect([...(await store.getDocument(id!))!.sources].sort()).toEqual(writers.map((_, k) => `writer${k}.txt`));
      }
    });

    it("hands each queued job to exactly one of several workers", async () => {
      const queues = [store, ...(await Promise.all([db.open(), db.open()]))].map((s) => jobQueueOf(s));
      expect(queues.every((q) => q !== null)).toBe(true);
      const [q0] = queues;
      const ids = await q0!.enqueue(Array.from({ length: 20 }, (_, i) => ({ input: `file${i}.txt`, options: "{}" })));
      expect(ids).toHaveLength(20);
      const claimed = await Promise.all(
        queues.map(async (q, k) => {
          const mine: number[] = [];
          for (let job = await q!.claim(`w${k}`); job; job = await q!.claim(`w${k}`)) {
            expect(job.state).toBe("running");
            expect(job.worker).toBe(`w${k}`);
            mine.push(job.id);
            expect(await q!.finish(job.id, `w${k}`, { state: job.id % 5 ? "done" : "failed", result: "{}", error: job.id % 5 ? null : "boom" })).toBe(true);
          }
          return mine;
        }),
      );
      const all = claimed.flat().sort((a, b) => a - b);
      expect(all).toEqual([...ids].sort((a, b) => a - b));
      const counts = await q0!.jobCounts();
      expect(counts.queued + counts.running).toBe(0);
      expect(counts.done + counts.failed).toBe(20);
      expect((await q0!.listJobs("failed")).every((j) => j.error === "boom" && j.finishedAt !== null)).toBe(true);
    });

    it("puts stale running jobs back and ignores a late finish", async () => {
      const q = jobQueueOf(store)!;
      const [id] = await q.enqueue([{ input: "slow.txt", options: "{}" }]);
      const job = await q.claim("crashed");
      expect(job!.id).toBe(id);
      expect(await q.claim("other")).toBeNull();
      expect(await q.requeueStale(new Date(Date.now() + 1000).toISOString())).toBe(1);
      const retry = await q.claim("other");
      expect(retry).toMatchObject({ id, attempts: 2, worker: "other" });
      expect(await q.finish(id!, "crashed", { state: "done", result: null, error: null })).toBe(false);
      expect(await q.finish(id!, "other", { state: "done", result: "{}", error: null })).toBe(true);
    });
  });
}
