package dev.lanekit.proofs;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** Turns a {@link PropertySuite} into JUnit dynamic tests, one per property. */
public final class SuiteTests {

    private SuiteTests() {}

    public static Stream<DynamicTest> of(PropertySuite suite) {
        int tries = Theories.defaultTries();
        return suite.properties().stream()
                .map(p -> DynamicTest.dynamicTest(p.kernel() + ": " + p.name(), () -> p.check(tries)));
    }
}
