package dev.lanekit.proofs.vector;

import dev.lanekit.proofs.SuiteTests;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every vector property under JUnit. */
class VectorPropertiesTest {

    @TestFactory
    Stream<DynamicTest> properties() {
        return SuiteTests.of(new VectorProperties());
    }
}
