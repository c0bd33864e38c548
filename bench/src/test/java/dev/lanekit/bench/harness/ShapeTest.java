package dev.lanekit.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lanekit.bench.Shape;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShapeTest {

    private static Shape shape(String... nameValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.put(nameValues[i], nameValues[i + 1]);
        }
        return new Shape(params);
    }

    @Test
    void equalDimensionsJoin() {
        assertEquals("m=n=k=1024", shape("m", "1024", "n", "1024", "k", "1024").toString());
    }

    @Test
    void distinctDimensionsList() {
        assertEquals("m=512, n=1024", shape("m", "512", "n", "1024").toString());
        assertEquals("n=4096", Shape.ofSize(4096).toString());
    }

    @Test
    void sizeIsN() {
        assertEquals(16777216L, shape("p", "2", "n", "16777216").n());
    }

    @Test
    void missingOrTextDimensionRejected() {
        assertThrows(IllegalArgumentException.class, () -> shape("m", "4").n());
        assertThrows(IllegalArgumentException.class, () -> shape("n", "inf").n());
    }
}
