package dev.lanekit.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parsesNestedValues() {
        Object value = Json.parse(" {\"a\": [1, -2.5e3, true, false, null], \"b\": {\"c\": \"d\"}} ");

        Map<?, ?> object = (Map<?, ?>) value;
        assertEquals(List.of(1.0, -2500.0, true, false), ((List<?>) object.get("a")).subList(0, 4));
        assertNull(((List<?>) object.get("a")).get(4));
        assertEquals(Map.of("c", "d"), object.get("b"));
    }

    @Test
    void quoteRoundTripsEscapes() {
        String text = "tab\t quote\" backslash\\ newline\n control\u0001 é";

        assertEquals(text, Json.parse(Json.quote(text)));
    }

    @Test
    void parsesUnicodeEscape() {
        assertEquals("×", Json.parse("\"\\u00d7\""));
    }

    @Test
    void emptyContainersParse() {
        assertEquals(Map.of(), Json.parse("{}"));
        assertEquals(List.of(), Json.parse("[ ]"));
    }

    @Test
    void invalidInputNamesOffset() {
        IllegalArgumentException trailing = assertThrows(IllegalArgumentException.class, () -> Json.parse("{} x"));
        assertTrue(trailing.getMessage().contains("offset 3"), trailing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\" 1}"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1, 2"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("\"open"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("1.2.3"));
    }
}
