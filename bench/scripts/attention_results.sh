#!/bin/sh
# Runs every attention measurement of bench/RESULTS.md in one go, so that ratios come from one run:
# numpy on OpenBLAS (its own kernel choice, one thread), then the JMH benchmarks.
# Usage, from the repository root after `./mvnw -B -q install -DskipTests`:
#   flock /tmp/lanekit-bench.lock sh bench/scripts/attention_results.sh > attention-results.txt
set -eu
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JMH="$JAVA --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp "${LANEKIT_JAR:-bench/target/lanekit.jar}" org.openjdk.jmh.Main"
FAST="-f 1 -wi 3 -w 1 -i 5 -r 1"

env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 \
    /usr/bin/python3 bench/scripts/attention_numpy.py --repeat 5

# Single head: every variant at n = 2048, d = 64; the scalar ones take seconds per call beyond that.
$JMH '\.AttentionBench\.' -p n=2048 -p d=64 $FAST
$JMH '\.AttentionBench\.(simd|simdTwoThreads|sgemm)$' -p n=4096 -p d=64,128 $FAST

# BERT-base, then Llama-style grouped-query prefill (no scalar: about a minute per call).
$JMH 'MultiHeadAttentionBench' $FAST
$JMH 'MultiHeadAttentionBench\.(simd|simdTwoThreads|sgemm)$' -p n=2048 -p heads=32 -p kvHeads=8 -p d=128 \
    -f 1 -wi 2 -w 2 -i 3 -r 2

# Llama-style decode step against a 4096-row cache.
$JMH 'DecodeAttentionBench' $FAST
