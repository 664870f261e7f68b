#!/usr/bin/env bash
# Start-up benchmark of the packaged app against its floor, measured in the same run: the app-image's time to
# first paint (normdesk --smoke, on a data folder holding the demo register) next to a minimal JavaFX "hello"
# window packaged the same way (same jlink runtime, same jpackage launcher), runs alternated; plus the time until
# the register is open, resident memory after start-up, and the sizes of the app-image and the installer.
# Targets: first paint <= 1.5 x the floor, resident memory <= 300 MB. Writes target/bench/startup-bench.md.
# Usage: installer/bench-startup.sh [RUNS]   (needs xvfb-run unless DISPLAY is set; builds the app-image if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
fi

java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
[ -x target/installer/NormDesk/bin/NormDesk ] || installer/build-linux.sh --app-image-only
app=target/installer/NormDesk/bin/NormDesk
out=target/bench
hello=$out/hello
rm -rf "$hello"
mkdir -p "$hello/classes" "$hello/input"

# the floor, packaged like the app: same runtime, and the same JVM options as the app's launcher (collector, heap,
# JIT), so that the ratio compares the two programs and not two JVM set-ups
fx=$(find target/lib -name 'javafx-*-linux.jar' | sort | tr '\n' ':')
"$java_home/bin/javac" --module-path "${fx%:}" --add-modules javafx.controls -d "$hello/classes" installer/bench/Hello.java
"$java_home/bin/jar" --create --file "$hello/input/hello.jar" -C "$hello/classes" .
hello_options=()
while IFS= read -r option; do
  hello_options+=(--java-options "$option")
done < <(grep '^java-options=' target/installer/NormDesk/lib/app/NormDesk.cfg | sed 's/^java-options=//' \
  | grep -v '^-Djpackage\.app-version=')
"$java_home/bin/jpackage" --type app-image --name Hello --dest "$hello" --runtime-image target/installer/runtime \
  --input "$hello/input" --main-jar hello.jar --main-class Hello "${hello_options[@]}"
# the floor gets what the app gets: the runtime's base class-data archive, and its own AppCDS archive when the
# app-image was built with one (installer/build-linux.sh --appcds)
if [ -f target/installer/NormDesk/lib/app/NormDesk.jsa ]; then
  installer/appcds.sh "$hello/Hello" Hello
fi

# a data folder with the demo register, migrated once, as a user's PC is after the first day
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$app" --data-dir "$data" import-demo >/dev/null 2>&1
# ... and its daily expiry done (import-demo does not run it): otherwise every --smoke start would redo the first
# day's expiry of ~280 documents in the background and be cut off by the smoke start's exit
"$app" --data-dir "$data" expire >/dev/null 2>&1

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }
now_ms() { date +%s%3N; }

hello_paint=(); app_paint=(); app_open=(); app_rss=(); hello_wall=(); app_wall=(); hello_cpu=(); app_cpu=(); loads=()
cpu_of() { sed -E 's/.*first paint [0-9]+ ms \(cpu ([0-9]+) ms\).*/\1/'; }
# one warm-up each (page cache), then alternate
"$hello/Hello/bin/Hello" >/dev/null 2>&1 || true
"$app" --data-dir "$data" --smoke >/dev/null 2>&1 || true
for i in $(seq 1 "$runs"); do
  t0=$(now_ms); line=$("$hello/Hello/bin/Hello" 2>/dev/null | grep '^hello:'); t1=$(now_ms)
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  hello_paint+=("$(echo "$line" | sed -E 's/.*first paint ([0-9]+) ms.*/\1/')"); hello_wall+=($((t1 - t0)))
  hello_cpu+=("$(echo "$line" | cpu_of)")
  t0=$(now_ms); line=$("$app" --data-dir "$data" --smoke 2>/dev/null | grep '^smoke:' || true); t1=$(now_ms)
  if ! echo "$line" | grep -q 'register open'; then
    # on a machine this loaded the smoke start may end by its time-out; that run counts for neither side
    echo "run $i: NormDesk did not start in time (${line:-no output}); run left out"
    unset 'hello_paint[-1]' 'hello_wall[-1]' 'hello_cpu[-1]' 'loads[-1]'
    continue
  fi
  app_paint+=("$(echo "$line" | sed -E 's/.*first paint ([0-9]+) ms.*/\1/')"); app_cpu+=("$(echo "$line" | cpu_of)")
  app_open+=("$(echo "$line" | sed -E 's/.*register open ([0-9]+) ms.*/\1/')")
  app_rss+=("$(echo "$line" | sed -E 's/.*resident ([0-9]+) MB.*/\1/')"); app_wall+=($((t1 - t0)))
  echo "run $i (load ${loads[-1]}): hello ${hello_paint[-1]} ms (cpu ${hello_cpu[-1]} ms); NormDesk first paint" \
    "${app_paint[-1]} ms (cpu ${app_cpu[-1]} ms), register open ${app_open[-1]} ms, ${app_rss[-1]} MB"
done

hp=$(printf '%s\n' "${hello_paint[@]}" | median)
ap=$(printf '%s\n' "${app_paint[@]}" | median)
ao=$(printf '%s\n' "${app_open[@]}" | median)
rss=$(printf '%s\n' "${app_rss[@]}" | median)
hw=$(printf '%s\n' "${hello_wall[@]}" | median)
aw=$(printf '%s\n' "${app_wall[@]}" | median)
hc=$(printf '%s\n' "${hello_cpu[@]}" | median)
ac=$(printf '%s\n' "${app_cpu[@]}" | median)
ratio=$(awk -v a="$ap" -v h="$hp" 'BEGIN {printf "%.2f", a / h}')
cpu_ratio=$(awk -v a="$ac" -v h="$hc" 'BEGIN {printf "%.2f", a / h}')
image_mb=$(du -sm target/installer/NormDesk | cut -f1)
image_gz_mb=$(tar -C target/installer -cf - NormDesk | gzip -6 | wc -c | awk '{printf "%.0f", $1 / 1048576}')
deb=$(ls target/installer/*.deb 2>/dev/null | head -n 1 || true)
deb_mb=$([ -n "$deb" ] && echo "$(du -m "$deb" | cut -f1) MB" || echo "not built")
load=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p "$out"
cat > "$out/startup-bench.md" <<REPORT
# Start-up benchmark ($(date -u +%Y-%m-%dT%H:%MZ), $runs runs each after a warm-up, $(nproc) cores, load $load)

| Measure | NormDesk app-image | Floor: JavaFX hello, same packaging | Ratio | Target |
|---|---|---|---|---|
| First paint of the main window (median, from process start) | $ap ms | $hp ms | $ratio x | <= 1.5 x |
| CPU time until that first paint (median, all threads; hardly depends on the load) | $ac ms | $hc ms | $cpu_ratio x | |
| Until the register is open (demo register, 600 documents) | $ao ms | — | | |
| Process start to exit (smoke / hello) | $aw ms | $hw ms | | |
| Resident memory after start-up with the demo register (median) | $rss MB | | | <= 300 MB |

Sizes: app-image $image_mb MB on disk ($image_gz_mb MB as tar.gz); .deb $deb_mb.
Runs (first paint ms): NormDesk ${app_paint[*]}; hello ${hello_paint[*]}. CPU ms: NormDesk ${app_cpu[*]}; hello ${hello_cpu[*]}.
Load average (1 min) at each run: ${loads[*]}. Launcher options (NormDesk and the floor): $(grep '^java-options' target/installer/NormDesk/lib/app/NormDesk.cfg | sed 's/java-options=//' | tr '\n' ' ')
REPORT
cat "$out/startup-bench.md"
