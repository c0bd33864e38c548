package dev.lanekit.proofs.taylor;

import dev.lanekit.proofs.SuiteTests;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class TaylorPropertiesTest {

    @TestFactory
    Stream<DynamicTest> properties() {
        return SuiteTests.of(new TaylorProperties());
    }
}
