package dev.lanekit.proofs.matvec;

import dev.lanekit.proofs.SuiteTests;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class MatvecPropertiesTest {

    @TestFactory
    Stream<DynamicTest> properties() {
        return SuiteTests.of(new MatvecProperties());
    }
}
