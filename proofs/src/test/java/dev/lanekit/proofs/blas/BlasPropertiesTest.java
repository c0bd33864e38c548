package dev.lanekit.proofs.blas;

import dev.lanekit.proofs.SuiteTests;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class BlasPropertiesTest {

    @TestFactory
    Stream<DynamicTest> properties() {
        return SuiteTests.of(new BlasProperties());
    }
}
