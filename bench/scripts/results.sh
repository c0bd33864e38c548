#!/bin/sh
# Regenerates bench/RESULTS.md and its charts. Run from the repository root:
#   bench/scripts/results.sh                 the full suite (50 minutes on 2 busy cores)
#   bench/scripts/results.sh --quick         fewer sizes, shorter iterations (about 9 minutes)
#   bench/scripts/results.sh --report-only   re-render from the JSON in bench/results/, run nothing
# Other options go to `lanekit results` (--only TABLE, --list; see --help). The script builds the jar
# first unless it is rendering only. Each table takes /tmp/lanekit-bench.lock for its own run, so other
# benchmarks on the machine can run between two tables.
set -eu
cd "$(dirname "$0")/../.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
case " $* " in
    *" --report-only "*) ;;
    *) ./mvnw -B -q install -DskipTests -pl bench -am ;;
esac
exec "$JAVA" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    -jar bench/target/lanekit.jar results "$@"
