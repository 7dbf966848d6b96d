#!/usr/bin/env bash
# Score the blind question sets (tests/questions/blind_N.jsonl) against a checkout, two at a time.
#   tools/score_sets.sh [REPO] [OUTDIR] [N ...]     (default: this checkout, /tmp/scores, every set)
# kb=seed: the bundled seed alone; kb=all: the seed, the sample tables and tests/data/general<N> (general for 1).
# Prints one line per set and kb; the failures of each are in OUTDIR/fail_<N>_<kb>.txt.
set -u
REPO=$(cd "${1:-$(dirname "$0")/..}" && pwd); OUT=${2:-/tmp/scores}; shift 2 2>/dev/null || shift $#
mkdir -p "$OUT"; PY="$REPO/.venv/bin/python"; [ -x "$PY" ] || PY=/work/main/.venv/bin/python
SETS=("$@"); [ ${#SETS[@]} -gt 0 ] || SETS=($(ls "$REPO"/tests/questions/blind_*.jsonl | sed 's/.*blind_\([0-9]*\).jsonl/\1/' | sort -n))
cd "$REPO" || exit 1
S="$REPO/tests/data/samples"
[ -s "$OUT/seed.sqlite" ] || PYTHONPATH=$REPO "$PY" -m bot load knowledge --db "$OUT/seed.sqlite" >"$OUT/load_seed.log" 2>&1
one() {
  n=$1; g=tests/data/general$n; [ "$n" = 1 ] && g=tests/data/general
  db="$OUT/all_$n.sqlite"; rm -f "$db"
  PYTHONPATH=$REPO "$PY" -m bot load knowledge "$S"/*.xlsx "$S"/*.pdf "$g" --db "$db" >"$OUT/load_$n.log" 2>&1
  for kb in seed all; do
    d="$OUT/seed.sqlite"; [ $kb = all ] && d=$db
    PYTHONPATH=$REPO "$PY" -m bot eval tests/questions/blind_$n.jsonl --kb $kb --db "$d" >"$OUT/fail_${n}_$kb.txt" 2>&1
    echo "b$n $kb: $(tail -2 "$OUT/fail_${n}_$kb.txt" | tr '\n' ' ')"
  done
}
export -f one; export OUT PY REPO S
printf '%s\n' "${SETS[@]}" | xargs -P 2 -I{} bash -c 'one {}' | sort -V
