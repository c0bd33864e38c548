package dev.lanekit.proofs.inversion;

import dev.lanekit.proofs.SuiteTests;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class InversionPropertiesTest {

    @TestFactory
    Stream<DynamicTest> properties() {
        return SuiteTests.of(new InversionProperties());
    }
}
