package dev.lanekit.proofs;

import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips every test of a Surefire execution that asks for a SIMD width this CPU lacks, and says so on
 * standard output, so that a 512-bit run on a 256-bit machine shows up as skipped, not as passed.
 * Registered for all tests through JUnit's extension auto-detection.
 */
public final class WidthCondition implements ExecutionCondition {

    private static volatile boolean announced;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String requested = System.getProperty("lanekit.vectorBits");
        if (requested == null || requested.isBlank()) {
            return ConditionEvaluationResult.enabled("no SIMD width requested");
        }
        int bits = Integer.parseInt(requested.trim());
        // Read the hardware width directly: the provider itself rejects a width wider than the CPU.
        int hardware = FloatVector.SPECIES_PREFERRED.vectorBitSize();
        if (bits <= hardware) {
            return ConditionEvaluationResult.enabled(bits + "-bit species available");
        }
        String reason = "SKIPPED: -Dlanekit.vectorBits=" + bits + " but this CPU offers at most " + hardware + " bits";
        if (!announced) {
            announced = true;
            System.out.println(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
