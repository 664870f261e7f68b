#!/usr/bin/env bash
# AppCDS for a jpackage app-image: one training start of the image's own launcher (the same runtime image, the
# same class path) records every class it loads into <image>/lib/app/<name>.jsa (a dynamic CDS archive on top of
# the runtime's base archive, which jlink --generate-cds-archive writes), and the launcher's configuration then
# maps that archive at every start (-XX:SharedArchiveFile=$APPDIR/<name>.jsa), so those classes are neither read
# from the jars nor parsed and verified again. Should the archive not fit (another runtime), the JVM ignores it.
# Usage: installer/appcds.sh APP_IMAGE LAUNCHER_NAME [ARGS OF THE TRAINING START...]
# Needs a display for a GUI start (runs itself under xvfb-run when DISPLAY is unset and xvfb-run exists).
set -euo pipefail
image=$1
name=$2
shift 2
launcher="$image/bin/$name"
cfg="$image/lib/app/$name.cfg"
archive="$image/lib/app/$name.jsa"
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "appcds: no launcher $launcher" >&2; exit 1; }

run=()
if [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    run=(xvfb-run -a -s "-screen 0 1440x900x24")
  else
    echo "appcds: no display and no xvfb-run: $name starts without a class-data archive"
    exit 0
  fi
fi

rm -f "$archive"
sed -i -e '/-XX:SharedArchiveFile=/d' -e '/-Xlog:cds/d' "$cfg"
# JAVA_TOOL_OPTIONS reaches the JVM that the native launcher creates; -Xshare:auto keeps the start going if the
# runtime had no base archive (then no archive is written, and the check below says so)
# (the archive is written when the JVM exits; a start that ended by its own time-out still loaded the classes)
status=0
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off" \
  timeout 900 "${run[@]}" "$launcher" "$@" >/dev/null 2>&1 || status=$?
if [ ! -s "$archive" ]; then
  rm -f "$archive"
  echo "appcds: the training start of $name wrote no class-data archive (exit $status)" >&2
  exit 1
fi
# the launcher's options: [JavaOptions] is the cfg's last section, so an appended line belongs to it
grep -q '^\[JavaOptions\]' "$cfg" || printf '\n[JavaOptions]\n' >> "$cfg"
# Java 17 checks the archive against the absolute class path of the training start: an image moved elsewhere
# (an installer's own folder) starts without the archive, and must not print a CDS warning at every command
printf 'java-options=-XX:SharedArchiveFile=$APPDIR/%s.jsa\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off\n' \
  "$name" >> "$cfg"
echo "appcds: $(du -m "$archive" | cut -f1) MB class-data archive for $name"
