// Kùzu's side of the concurrency and durability benchmark (issue 13), the
// counterpart of bench/concurrency_bench.cpp:
//   - read throughput of q1-q3 (bench/queries) with 1, 2 and 4 clients at once,
//     each client its own connection limited to one thread (as each annals
//     thread runs one query on one core), each call a random start person;
//     queries per second summed over the clients, median of --repetitions
//     windows of --seconds each;
//   - the median cost of a durable commit in a fresh on-disk database: one
//     CREATE, and one statement creating 1,000 nodes (auto-commit; Kùzu writes
//     its WAL on commit).
//
//   node kuzu_concurrency.mjs --data DIR --schema ../schema.cypher --queries ../queries \
//        --db /tmp/kuzu-concurrency [--seconds 2] [--repetitions 5] [--commits 200]
//
// Prints JSON on stdout.
import kuzu from "kuzu";
import fs from "node:fs";
import path from "node:path";

function options(argv) {
  const o = { seconds: 2, repetitions: 5, commits: 200 };
  for (let i = 2; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, "");
    o[key] = ["seconds", "repetitions", "commits"].includes(key) ? Number(argv[i + 1]) : argv[i + 1];
  }
  for (const r of ["data", "schema", "queries", "db"]) if (!o[r]) throw new Error(`kuzu_concurrency: missing --${r}`);
  return o;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const now = () => Number(process.hrtime.bigint()) / 1e9;
const statements = (file) =>
  fs.readFileSync(file, "utf8").split("\n").filter((l) => !l.trim().startsWith("//")).join("\n")
    .split(";").map((s) => s.trim()).filter(Boolean);
const queryText = (file) => statements(file).join(";");

// A deterministic generator, so both engines' runs are repeatable (xorshift64*).
function randomIds(seed, n) {
  let x = BigInt(seed) * 0x9e3779b97f4a7c15n + 1n;
  return () => {
    x ^= x >> 12n; x ^= (x << 25n) & 0xffffffffffffffffn; x ^= x >> 27n;
    return Number(((x * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn) % BigInt(n));
  };
}

async function throughput(db, text, clients, persons, seconds) {
  const workers = [];
  const deadline = now() + seconds;
  let done = 0;
  const start = now();
  for (let c = 0; c < clients; ++c) {
    workers.push((async () => {
      const conn = new kuzu.Connection(db, 1);
      const statement = await conn.prepare(text);
      if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
      const next = randomIds(c + 1, persons);
      while (now() < deadline) {
        const r = await conn.execute(statement, { id: next() });
        await r.getAll();
        r.close();
        ++done;
      }
    })());
  }
  await Promise.all(workers);
  return done / (now() - start);
}

async function commits(o) {
  const dir = `${o.db}-commit`;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.wal`, { force: true });
  const db = new kuzu.Database(dir);
  const conn = new kuzu.Connection(db);
  await conn.query("CREATE NODE TABLE T(i INT64, PRIMARY KEY(i))");
  const one = await conn.prepare("CREATE (:T {i: $i})");
  const batch = await conn.prepare("UNWIND range($i, $i + 999) AS i CREATE (:T {i: i})");
  let next = 0;
  const time = async (statement, values) => {
    const t = now();
    (await conn.execute(statement, values)).close();
    return (now() - t) * 1e6;
  };
  const single = [], thousand = [];
  for (let k = 0; k < o.commits; ++k) single.push(await time(one, { i: next++ }));
  for (let k = 0; k < Math.max(10, o.commits / 10); ++k) {
    thousand.push(await time(batch, { i: next }));
    next += 1000;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.wal`, { force: true });
  return { single_median_us: median(single), batch_1000_median_us: median(thousand), runs: [single.length, thousand.length] };
}

async function main() {
  const o = options(process.argv);
  fs.rmSync(o.db, { recursive: true, force: true });
  fs.rmSync(`${o.db}.wal`, { force: true });
  const db = new kuzu.Database(o.db);
  const conn = new kuzu.Connection(db);
  for (const s of statements(o.schema)) await conn.query(s);
  await conn.query(`COPY Person FROM '${path.resolve(o.data, "person.csv")}' (HEADER=true)`);
  await conn.query(`COPY KNOWS FROM '${path.resolve(o.data, "knows.csv")}' (HEADER=true)`);
  const persons = Number(Object.values((await (await conn.query("MATCH (p:Person) RETURN count(p)")).getAll())[0])[0]);
  const out = { engine: "kuzu", version: kuzu.VERSION, persons, seconds: o.seconds, repetitions: o.repetitions, reads: {} };
  const files = ["q1-point-lookup", "q2-one-hop-count", "q3-two-hop-distinct"];
  for (const name of files) {
    const text = queryText(path.join(o.queries, `${name}.cypher`));
    out.reads[name] = {};
    for (const clients of [1, 2, 4]) {
      const windows = [];
      for (let r = 0; r < o.repetitions; ++r) windows.push(await throughput(db, text, clients, persons, o.seconds));
      out.reads[name][clients] = { median_qps: median(windows), windows };
      console.error(`kuzu: ${name} ${clients} clients ${median(windows).toFixed(0)} q/s`);
    }
  }
  out.commit = await commits(o);
  console.error(`kuzu: commit ${out.commit.single_median_us.toFixed(0)} µs, 1000 nodes ${out.commit.batch_1000_median_us.toFixed(0)} µs`);
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
