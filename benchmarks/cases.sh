# The benchmark cases of the installed tool, shared by tool-builds.sh and scale.sh (sourced, not run):
#   presets basic mmm-100x260x10 mmm-1000x520x50 clickstream-large clickstream-10x-large
# The caller sets: work (a scratch folder), spec_tool (an mmmfixtures executable, to print the Large spec).
# arguments CASE [OUT] prints the case's command line after the executable, writing into OUT (default $work/out).
bench_cases="presets basic mmm-100x260x10 mmm-1000x520x50 clickstream-large clickstream-10x-large"

# Whether a case takes seconds (timed fewer times).
long_case() { case "$1" in mmm-1000x520x50|clickstream-large|clickstream-10x-large) return 0 ;; *) return 1 ;; esac; }

spec_for() { # geos periods channels -> a spec file
  local file="$work/mmm-$1x$2x$3.json"
  [ -f "$file" ] || dotnet run -c Release --project benchmarks/MmmFixtures.Benchmarks -- --write-spec "$1" "$2" "$3" "$file" >/dev/null
  echo "$file"
}

arguments() {
  local out="${2:-$work/out}"
  case "$1" in
    presets) echo "presets" ;;
    basic) echo "mmm --preset Basic --quiet --out $out" ;;
    mmm-100x260x10) echo "mmm --spec $(spec_for 100 260 10) --quiet --out $out" ;;
    mmm-1000x520x50) echo "mmm --spec $(spec_for 1000 520 50) --quiet --out $out" ;;
    clickstream-large) echo "clickstream --preset Large --quiet --out $out" ;;
    clickstream-10x-large)
      if [ ! -f "$work/clickstream-10x.json" ]; then
        "$spec_tool" clickstream --preset Large --print-spec --out "$work/large.json" >/dev/null
        python3 -c 'import json, sys; s = json.load(open(sys.argv[1])); k = next(k for k in s if k.lower() == "users"); s[k] *= 10; json.dump(s, open(sys.argv[2], "w"))' \
          "$work/large.json" "$work/clickstream-10x.json"
      fi
      echo "clickstream --spec $work/clickstream-10x.json --quiet --out $out" ;;
    *) echo "unknown case $1" >&2; exit 2 ;;
  esac
}
