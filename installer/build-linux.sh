#!/usr/bin/env bash
# Builds the Linux app-image (target/installer/NormDesk) and, unless --app-image-only, the .deb installer
# (target/installer/normdesk_<version>_amd64.deb): a jlink-trimmed Java runtime with JavaFX, the app's jars
# and the icons and file association from installer/. Needs a JDK 17 with jmods (Debian: openjdk-17-jdk),
# and for the .deb fakeroot and dpkg-deb. Run from anywhere: installer/build-linux.sh [--app-image-only] [--appcds]
set -euo pipefail
cd "$(dirname "$0")/.."

app_image_only=false
appcds=false
for arg in "$@"; do
  case "$arg" in
    --app-image-only) app_image_only=true ;;
    --appcds) appcds=true ;;
  esac
done

# The version comes from the pom (its first <version> is the project's); installers take numbers only.
version=$(grep -m1 -o '<version>[^<]*' pom.xml | sed 's/<version>//')
app_version=${version%%-*}
jar="normdesk-${version}.jar"
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
out=target/installer

if [ ! -f "target/${jar}" ] || [ ! -d target/lib ]; then
  ./mvnw -B -ntp -q package -DskipTests
fi

# What the app needs from the JDK (jdeps on the jars, plus what is loaded by name: charsets for GBK files,
# locale data for Chinese dates and numbers, zipfs, crypto for TLS to a PostgreSQL server, Unsafe for Lucene/H2).
modules=java.base,java.desktop,java.sql,java.naming,java.management,java.logging,java.xml,java.scripting,\
java.security.jgss,jdk.management,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.crypto.ec,jdk.net,\
javafx.base,javafx.graphics,javafx.controls,javafx.fxml

rm -rf "$out"
mkdir -p "$out/input/lib"
cp "target/${jar}" "$out/input/"
# JavaFX is part of the runtime image (as modules), so its jars stay out of the class path
find target/lib -name '*.jar' ! -name 'javafx-*' -exec cp {} "$out/input/lib/" \;
fx_path=$(find target/lib -name 'javafx-*-linux.jar' | sort | tr '\n' ':')

echo "installer: jlink runtime"
"$java_home/bin/jlink" --module-path "$java_home/jmods:${fx_path%:}" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --output "$out/runtime"
# the base class-data archive for compressed pointers is the one used (heaps below 32 GB); the other is 10 MB unused
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

# The launcher's JVM options (installer/README.md, "Start-up and memory"): the serial collector (one GC thread,
# no G1 remembered sets: a 2-core office PC, short pauses at this heap size), a small initial heap that grows on
# demand instead of 1/64 of the PC's memory, and a heap that gives memory back rather than keeping 40 % free (all of
# it in the first full collection after a bulk job has grown it: service/HeapHeadroom).
# C2, the optimising JIT, is kept but delayed (tier 4 thresholds about ten times the defaults): only code that stays
# hot for long, such as an import's or a tally's loops, reaches it, and the start-up's code is left to C1. That spares
# the start-up C2's compiler arenas, code cache and profiles (~20 MB resident) and CPU on the PC's two cores, without
# the 1.5-2x slower bulk work of C1 alone (installer/README.md, "Memory after start-up").
java_options=(--java-options '-XX:+UseSerialGC' --java-options '-Xms32m' --java-options '-XX:MinHeapFreeRatio=10'
  --java-options '-XX:MaxHeapFreeRatio=30' --java-options '-XX:-ShrinkHeapInSteps'
  --java-options '-XX:Tier4InvocationThreshold=50000'
  --java-options '-XX:Tier4MinInvocationThreshold=6000' --java-options '-XX:Tier4CompileThreshold=150000'
  --java-options '-XX:Tier4BackEdgeThreshold=400000' --java-options '-Xss1m' --java-options '-Dfile.encoding=UTF-8')
# Memory that the JVM and JavaFX free natively (the compilers' arenas, the start-up's buffers) goes back to the OS
# every 2 s instead of staying in glibc's heap (Java 17.0.9 and later; a runtime that lacks it does without)
if "$java_home/bin/java" -XX:TrimNativeHeapInterval=2000 -version >/dev/null 2>&1; then
  java_options+=(--java-options '-XX:TrimNativeHeapInterval=2000')
fi

common=(--name NormDesk --app-version "$app_version" --vendor "NormDesk" \
  --description "规范性文件备案审查台账 NormDesk — register for the filing review of normative documents" \
  --copyright "NormDesk contributors")

echo "installer: app-image ${app_version}"
"$java_home/bin/jpackage" --type app-image "${common[@]}" --dest "$out" \
  --runtime-image "$out/runtime" --input "$out/input" --main-jar "$jar" --main-class org.normdesk.app.Main \
  --icon installer/icons/normdesk.png \
  "${java_options[@]}"

# AppCDS (--appcds, off by default): a training start (--smoke on a fresh data folder) archives the classes the
# start-up loads. Java 17 ties the archive to the folder it was made in, so an installed or moved copy (the .deb in
# /opt/normdesk, a Windows install) cannot use it: it only helps an app-image run where it was built, and the
# installers would carry 67 MB they cannot use. See installer/README.md, "Start-up and memory".
if $appcds; then
  train=$(mktemp -d)
  installer/appcds.sh "$out/NormDesk" NormDesk --smoke --data-dir "$train" || echo "installer: continuing without AppCDS"
  rm -rf "$train"
fi

if ! $app_image_only; then
  echo "installer: .deb"
  # jpackage's computed Depends lacks GTK, which JavaFX loads at run time
  "$java_home/bin/jpackage" --type deb "${common[@]}" --dest "$out" --app-image "$out/NormDesk" \
    --linux-package-name normdesk --linux-package-deps 'libgtk-3-0, libgl1' --linux-deb-maintainer "normdesk@localhost" \
    --linux-menu-group Office --linux-app-category office --linux-shortcut \
    --icon installer/icons/normdesk.png --file-associations installer/ndpkg.properties \
    --resource-dir installer/linux
fi
du -sh "$out/NormDesk" "$out"/*.deb 2>/dev/null || true
