#!/usr/bin/env bash
# Spark overhead: N generated articles (scripts/gen-articles.py) through `detente analyze` and through
# the Spark job in local[2], on the same articles in the same run; prints articles/s, wall and CPU
# seconds (user+sys of the process and its children: on a shared machine the steadier figure).
# With two or more sizes, also the fixed cost (start-up) and the per-article cost of each, from a
# straight line through the CPU seconds. Not a test. Usage: scripts/spark-bench.sh [N...] (default 20000)
# BENCH_LAPTOP=1 also times `detente ingest` + `detente export --format parquet` (what the job replaces).
# BENCH_AOT=1 gives both sides a JDK 25 AOT cache (JEP 483/514/515: classes loaded and linked, method
# profiles), each trained on the first 500 articles outside the timing, with the same flags otherwise;
# measured at 20k articles: analyze 53.9 -> 50.9 CPU-s, the job 126.0 -> 109.4 CPU-s (at 1k: 8.2 -> 6.9
# and 46.3 -> 36.2); training costs ~11 and ~74 CPU-s, once per build.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ $# -gt 0 ] || set -- 20000
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/detente" --help >/dev/null 2>&1 || true   # build outside the timing
"$root/scripts/spark-local.sh" --help >/dev/null 2>&1 || true
python3 - "$root" "$work" "${BENCH_LAPTOP:-0}" "${BENCH_AOT:-0}" "$@" <<'PY'
import re, resource, subprocess, sys, time, os
root, work, laptop, aot, sizes = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4] == "1", [int(n) for n in sys.argv[5:]]
# the launchers' JVM flags (./detente, scripts/spark-local.sh: their defaults unless set), to which the AOT flags are added
ANALYZE_OPTS = os.environ.get("DETENTE_JAVA_OPTS", "-XX:+UseParallelGC -Xss4m")
JOB_OPTS = os.environ.get("DETENTE_SPARK_JAVA_OPTS", "-XX:+UseParallelGC -Xss4m -Xmx2g -XX:MetaspaceSize=256m -XX:ReservedCodeCacheSize=512m")
# the job's wall and CPU seconds per step (AnalyzeJob's Steps: two clock reads a step), printed below its summary
JOB_OPTS += " -Ddetente.spark.steps=true"
env = {"analyze": dict(os.environ), "job": dict(os.environ)}
env["job"]["DETENTE_SPARK_JAVA_OPTS"] = JOB_OPTS

def run(cmd, out, side):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.time()
    with open(out, "w") as o, open(out + ".err", "w") as e:
        code = subprocess.call(cmd, stdout=o, stderr=e, env=env[side])
    wall = time.time() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if code != 0:
        sys.exit(f"spark-bench: {' '.join(cmd[:2])} failed:\n" + open(out + ".err").read()[-2000:])
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

def line(name, n, wall, cpu):
    print(f"  {name:22s} {wall:7.1f} s wall {n / wall:7.1f} articles/s | {cpu:7.1f} s CPU {n / cpu:6.1f} articles/CPU-s")

def analyze_cmd(corpus):
    return [f"{root}/detente", "analyze", corpus]

def job_cmd(out, corpus):
    return [f"{root}/scripts/spark-local.sh", "--master", "local[2]", out, corpus]

if aot:
    sample = f"{work}/aot-sample.jsonl"
    with open(sample, "w") as f:
        subprocess.check_call(["python3", f"{root}/scripts/gen-articles.py", "0", "500"], stdout=f)
    for side, opts, cmd in (("analyze", ANALYZE_OPTS, analyze_cmd(sample)), ("job", JOB_OPTS, job_cmd(f"{work}/aot-out", sample))):
        cache = f"{work}/{side}.aot"
        env[side]["DETENTE_JAVA_OPTS" if side == "analyze" else "DETENTE_SPARK_JAVA_OPTS"] = f"{opts} -XX:AOTCacheOutput={cache}"
        w, c = run(cmd, f"{work}/aot-{side}.out", side)
        print(f"AOT cache for {side}: trained on 500 articles ({c:.1f} s CPU, not counted)")
        env[side]["DETENTE_JAVA_OPTS" if side == "analyze" else "DETENTE_SPARK_JAVA_OPTS"] = f"{opts} -XX:AOTCache={cache}"
    subprocess.call(["rm", "-rf", f"{work}/aot-out"])

results = []
for n in sizes:
    corpus = f"{work}/corpus-{n}.jsonl"
    with open(corpus, "w") as f:
        subprocess.check_call(["python3", f"{root}/scripts/gen-articles.py", "0", str(n)], stdout=f)
    print(f"articles: {n} (load average {os.getloadavg()[0]:.1f})")
    aw, ac = run(analyze_cmd(corpus), f"{work}/analyze.out", "analyze")
    line("detente analyze", n, aw, ac)
    if laptop:
        iw, ic = run([f"{root}/detente", "ingest", "--db", f"{work}/bench-{n}.db", corpus], f"{work}/ingest.out", "analyze")
        ew, ec = run([f"{root}/detente", "export", "--db", f"{work}/bench-{n}.db", "--format", "parquet", "--out",
                      f"{work}/export-{n}"], f"{work}/export.out", "analyze")
        line("ingest+export", n, iw + ew, ic + ec)
    sw, sc = run(job_cmd(f"{work}/out-{n}", corpus), f"{work}/spark.out", "job")
    line("spark job, local[2]", n, sw, sc)
    summary = open(f"{work}/spark.out").read().strip()
    print(f"  spark overhead vs analyze: {100 * (sw / aw - 1):+.0f} % wall, {100 * (sc / ac - 1):+.0f} % CPU "
          f"(load average {os.getloadavg()[0]:.1f})")
    print("  " + summary)
    shares = {"start-up and analysis": 0.0, "merge": 0.0, "writes": 0.0}
    for l in open(f"{work}/spark.out.err"):
        if "detente-spark: step" in l:
            print("  " + l.strip())
            m = re.match(r".*step (.*?)\s+[\d.]+ s wall\s+([\d.]+) s CPU", l)
            if m:
                step = m.group(1)
                shares["start-up and analysis" if step == "analysis" else "writes" if step == "rejects" or step.startswith("write")
                       else "merge"] += float(m.group(2))
    total = sum(shares.values())
    if total > 0:
        print("  share of the job's CPU by stage: " + ", ".join(f"{k} {v:.1f} s ({100 * v / total:.0f} %)" for k, v in shares.items()))
    results.append((n, ac, sc))
if len(results) >= 2:
    (n1, a1, s1), (n2, a2, s2) = results[0], results[-1]
    for name, c1, c2 in (("analyze", a1, a2), ("spark job", s1, s2)):
        per = (c2 - c1) / (n2 - n1)
        print(f"{name:10s}: fixed {c1 - per * n1:6.1f} CPU-s, per article {1000 * per:6.2f} CPU-ms")
    pa, ps = (a2 - a1) / (n2 - n1), (s2 - s1) / (n2 - n1)
    print(f"per-article overhead of the job: {100 * (ps / pa - 1):+.0f} %")
PY
