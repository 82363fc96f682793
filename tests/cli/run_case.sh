#!/bin/bash
# Runs one command-line case: run_case.sh ANNALS CASES_DIR NAME
# `annals` gets the arguments in NAME.cmd (read by bash, so quotes work), in
# CASES_DIR, with NAME.stdin as input if present; stdout, stderr and the exit
# status must equal NAME.out, NAME.err and NAME.status byte for byte (missing
# files: empty output, status 0). Set ANNALS_UPDATE=1 to rewrite them.
# $SCRATCH, a fresh directory, may appear in NAME.cmd and NAME.stdin.
set -u
annals=$1 dir=$2 name=$3
cd "$dir" || exit 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# SCRATCH is a fresh directory for cases that write files.
SCRATCH=$work/scratch
mkdir -p "$SCRATCH"
export SCRATCH
input=/dev/null
if [ -f "$name.stdin" ]; then
  input=$work/stdin
  sed "s|\$SCRATCH|$SCRATCH|g" "$name.stdin" >"$input"
fi
# Cases that need files made first (a snapshot to break, say): after its first
# line, NAME.cmd may have lines "#setup COMMAND", run by bash here with $ANNALS
# (the program) and $SCRATCH set.
export ANNALS=$annals
if ! grep '^#setup ' "$name.cmd" | cut -c8- | bash -e; then
  echo "--- $name: a #setup line failed"
  exit 1
fi
eval "set -- $(cat "$name.cmd")"
# A full disk: NAME.cmd may have a line "#file-size-limit KB"; files the
# program writes may not grow past KB kilobytes (write fails with EFBIG).
limit=$(grep -o '^#file-size-limit [0-9]*' "$name.cmd" | cut -d' ' -f2)
if [ -n "$limit" ]; then
  (trap '' XFSZ; ulimit -f "$limit"; exec "$annals" "$@") <"$input" >"$work/out" 2>"$work/err"
else
  "$annals" "$@" <"$input" >"$work/out" 2>"$work/err"
fi
echo $? >"$work/status"
# The scratch directory's name changes from run to run.
sed -i "s|$SCRATCH|\$SCRATCH|g" "$work/out" "$work/err"
# What changes from run to run otherwise (PROFILE's times): lines "#mask SED-EXPRESSION"
# in NAME.cmd are applied to stdout and stderr.
grep '^#mask ' "$name.cmd" | cut -c7- | while IFS= read -r mask; do
  sed -E -i "$mask" "$work/out" "$work/err"
done
# Cases that write files print them after the command: NAME.cmd may end with a
# line "#show FILE…" (relative to $SCRATCH).
show=$(grep -o '^#show .*' "$name.cmd" | cut -c7-)
for f in $show; do
  printf '== %s\n' "$f" >>"$work/out"
  cat "$SCRATCH/$f" >>"$work/out"
done

if [ "${ANNALS_UPDATE:-}" = 1 ]; then
  cp "$work/out" "$name.out"
  cp "$work/err" "$name.err"
  if [ "$(cat "$work/status")" = 0 ]; then rm -f "$name.status"; else cp "$work/status" "$name.status"; fi
  [ -s "$name.out" ] || rm -f "$name.out"
  [ -s "$name.err" ] || rm -f "$name.err"
  exit 0
fi

failed=0
for part in out err status; do
  expected=$name.$part
  if [ ! -f "$expected" ]; then
    expected=$work/expected.$part
    if [ $part = status ]; then echo 0 >"$expected"; else : >"$expected"; fi
  fi
  if ! cmp -s "$expected" "$work/$part"; then
    echo "--- $name: $part differs (expected, then actual)"
    diff -u "$expected" "$work/$part" | cat -A | head -60
    failed=1
  fi
done
exit $failed
