// Kùzu's side of the benchmarks, through its Node API (the `kuzu` npm package,
// version pinned in package.json).
//
//   node kuzu_bench.mjs --data ../../build-bench/data/small --size small \
//        --queries ../queries --schema ../schema.cypher --db /tmp/kuzu-small [--runs 15] [--threads N]
//   node kuzu_bench.mjs --intervention EXPORT_DIR --queries ../../examples/intervention/queries --db /tmp/kuzu-i
//
// Creates a fresh database, runs bench/schema.cypher, COPY FROMs person.csv and
// knows.csv (timed), then prepares each query of bench/queries (the
// <name>.kuzu.cypher variant where Kùzu's syntax differs) and times only the
// `execute` call of the prepared statement: a warm-up call or two, then at least
// --runs timed calls (more for fast queries, up to ~1 s; fewer, but at least 3,
// for a query slower than --maxSeconds in all), and prints JSON with the median
// wall-clock and CPU times (CPU of the whole process: Kùzu's worker threads
// included), the spread, and each query's answer so report.py can compare engines.
import kuzu from "kuzu";
import fs from "node:fs";
import path from "node:path";

function options(argv) {
  const o = { runs: 15, threads: 0, budgetSeconds: 1.0, maxSeconds: 20, bufferPool: 8 * 1024 ** 3 };
  for (let i = 2; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, "");
    const value = argv[i + 1];
    if (["runs", "threads", "budgetSeconds", "maxSeconds"].includes(key)) o[key] = Number(value);
    else o[key] = value;
  }
  const required = o.intervention ? ["queries", "db"] : ["data", "size", "queries", "schema", "db"];
  for (const r of required) if (!o[r]) throw new Error(`kuzu_bench: missing --${r}`);
  return o;
}

function readParams(file) {
  const params = {};
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0) params[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return params;
}

// Same rules as bench_support.hpp: `//` lines are comments, `// sizes: a,b` limits the sizes.
// `// setup: STATEMENT` runs once before the query is prepared (Kùzu's algorithms need CALL project_graph first).
function readQuery(file) {
  let text = "";
  let sizes = [];
  const setup = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const trimmed = line.trim();
    if (trimmed.startsWith("//")) {
      const m = trimmed.match(/sizes:(.*)$/);
      if (m) sizes = m[1].split(",").map((s) => s.trim()).filter(Boolean);
      const s = trimmed.match(/^\/\/\s*setup:(.*)$/);
      if (s) setup.push(s[1].trim());
      continue;
    }
    text += line + "\n";
  }
  text = text.trim().replace(/;$/, "");
  const parameters = [...new Set([...text.matchAll(/\$([A-Za-z0-9_]+)/g)].map((m) => m[1]))];
  return { text, sizes, parameters, setup };
}

function readQueries(folder) {
  const names = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".cypher") && f.split(".").length === 2)
    .sort();
  return names.map((f) => {
    const name = f.replace(/\.cypher$/, "");
    const own = path.join(folder, `${name}.kuzu.cypher`);
    const generic = readQuery(path.join(folder, f));
    const q = fs.existsSync(own) ? readQuery(own) : generic;
    return { name, ...q, sizes: generic.sizes };
  });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

// A result as one line, as annals_bench's summary writes it.
function summary(rows) {
  const text = rows.map((r) => Object.values(r).map((v) => (typeof v === "string" ? `'${v}'` : String(v))).join(",")).join(";");
  return text.length > 2000 ? text.slice(0, 2000) + "..." : text;
}

function seconds(start) {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function dbFileBytes(dbPath) {
  let total = 0;
  for (const p of [dbPath, `${dbPath}.wal`]) if (fs.existsSync(p)) total += fs.statSync(p).size;
  return total;
}


// Prepares `text`, runs it once or twice to warm up (recording the answer), then
// times only `execute`: at least --runs calls and ~budgetSeconds; a slow query
// stops after --maxSeconds (and 3 calls).
async function timeQuery(conn, o, label, text, values) {
  try {
    const statement = await conn.prepare(text);
    if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
    let answer = "";
    const warmup = process.hrtime.bigint();
    for (let i = 0; i < 2 && (i === 0 || seconds(warmup) < o.budgetSeconds); ++i) {
      const r = await conn.execute(statement, values);
      answer = summary(await r.getAll());
      r.close();
    }
    const times = [], cpu = [];
    const budget = process.hrtime.bigint();
    for (;;) {
      const enough = times.length >= o.runs && seconds(budget) >= o.budgetSeconds;
      const tooLong = times.length >= 3 && seconds(budget) >= o.maxSeconds;
      if (enough || tooLong || times.length >= 1000) break;
      const c = process.cpuUsage();
      const t = process.hrtime.bigint();
      const r = await conn.execute(statement, values);
      times.push(Number(process.hrtime.bigint() - t) / 1e3); // µs
      const used = process.cpuUsage(c);
      cpu.push(used.user + used.system); // µs, every thread of the process
      r.close();
    }
    console.error(`kuzu: ${label} ${median(times).toFixed(1)} µs (${times.length} runs)`);
    return {
      median_us: median(times),
      p10_us: quantile(times, 0.1),
      p90_us: quantile(times, 0.9),
      cpu_median_us: median(cpu),
      runs: times.length,
      result: answer,
    };
  } catch (e) {
    console.error(`kuzu: ${label}: ${e.message || e}`);
    return { error: String(e.message || e) };
  }
}

// openCypher's toString(x) is CAST(x AS STRING) in Kùzu: the one mechanical rewrite
// of the example queries (their dates are strings there already).
function kuzuSpelling(text) {
  let out = "";
  for (let i = 0; i < text.length; ) {
    const at = text.indexOf("toString(", i);
    if (at < 0) return out + text.slice(i);
    let depth = 1, j = at + "toString(".length;
    for (; j < text.length && depth > 0; ++j) depth += text[j] === "(" ? 1 : text[j] === ")" ? -1 : 0;
    out += text.slice(i, at) + "CAST(" + kuzuSpelling(text.slice(at + "toString(".length, j - 1)) + " AS STRING)";
    i = j;
  }
  return out;
}

// The intervention graph, as annals_bench --export-kuzu wrote it (write_csv's
// Kùzu dialect). Kùzu's DATE needs full dates and the dataset has partial ones
// (1864-03), so DATE columns become STRING; queries that need dates as dates
// then fail or differ, and the report says so.
async function intervention(o) {
  const dir = path.resolve(o.intervention);
  fs.rmSync(o.db, { recursive: true, force: true });
  fs.rmSync(`${o.db}.wal`, { force: true });
  const db = new kuzu.Database(o.db, o.bufferPool);
  const conn = new kuzu.Connection(db, o.threads || null);
  const out = { engine: "kuzu", version: kuzu.VERSION, size: "intervention", threads: o.threads || "default", load: {}, queries: {} };
  const statements = (file) => fs.readFileSync(path.join(dir, file), "utf8").split(/;\s*\n/).map((x) => x.trim()).filter(Boolean);
  const start = process.hrtime.bigint();
  // Column names are quoted too: the export leaves Kùzu's reserved words (`end`) bare.
  const quoteColumns = (ddl) => ddl.replace(/([(,]\s*)([A-Za-z_][A-Za-z0-9_]*)(\s+[A-Z][A-Z0-9]*(\[\])?(?=\s*[,)]))/g, "$1`$2`$3");
  for (const ddl of statements("schema.cypher")) await conn.query(quoteColumns(ddl.replace(/\bDATE\b/g, "STRING")));
  for (const copy of statements("copy.cypher")) await conn.query(copy.replace(/FROM '([^']*)'/, (_, f) => `FROM '${path.join(dir, f)}'`));
  out.load.seconds = seconds(start);
  for (const q of readQueries(o.queries))
    out.queries[`intervention/${q.name}`] = await timeQuery(conn, o, `intervention/${q.name}`, kuzuSpelling(q.text), {});
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
}

async function main() {
  const o = options(process.argv);
  if (o.intervention) return intervention(o);
  const params = readParams(path.join(o.data, "params.txt"));
  fs.rmSync(o.db, { recursive: true, force: true });
  fs.rmSync(`${o.db}.wal`, { force: true });
  const db = new kuzu.Database(o.db, o.bufferPool);
  const conn = new kuzu.Connection(db, o.threads || null);

  const schema = fs
    .readFileSync(o.schema, "utf8")
    .split("\n")
    .filter((l) => !l.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const statement of schema) await conn.query(statement);

  const out = { engine: "kuzu", version: kuzu.VERSION, size: o.size, threads: o.threads || "default", load: {}, queries: {} };
  const rssBefore = process.memoryUsage().rss;
  const abs = (f) => path.resolve(o.data, f);
  let start = process.hrtime.bigint();
  await conn.query(`COPY Person FROM '${abs("person.csv")}' (HEADER=true)`);
  out.load.node_seconds = seconds(start);
  start = process.hrtime.bigint();
  await conn.query(`COPY KNOWS FROM '${abs("knows.csv")}' (HEADER=true)`);
  out.load.edge_seconds = seconds(start);
  out.load.seconds = out.load.node_seconds + out.load.edge_seconds;
  out.load.resident_bytes = process.memoryUsage().rss - rssBefore;
  await conn.query("CHECKPOINT");
  out.load.disk_bytes = dbFileBytes(o.db);
  const counted = await (await conn.query("MATCH ()-[k:KNOWS]->() RETURN count(k)")).getAll();
  out.load.edges = Number(Object.values(counted[0])[0]);
  out.load.bytes_per_edge = out.load.resident_bytes / out.load.edges;
  out.load.disk_bytes_per_edge = out.load.disk_bytes / out.load.edges;
  console.error(`kuzu: loaded ${o.size} in ${out.load.seconds.toFixed(3)} s`);

  for (const q of readQueries(o.queries)) {
    if (q.sizes.length && !q.sizes.includes(o.size)) continue;
    const values = {};
    for (const p of q.parameters) values[p] = Number(params[`param.${p}`]);
    for (const statement of q.setup) await conn.query(statement);
    out.queries[`${o.size}/${q.name}`] = await timeQuery(conn, o, `${o.size}/${q.name}`, q.text, values);
  }
  conn.close?.();
  db.close?.();
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
