package dev.lanekit.proofs.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanekit.attention.AttentionOptions;
import dev.lanekit.attention.KvCache;
import org.junit.jupiter.api.Test;

class KvCacheTest {

    @Test
    void appendGrowsAndKeepsRows() {
        KvCache cache = new KvCache(2, 1, 1, 1);
        for (int t = 0; t < 5; t++) {
            cache.append(new float[] {t, 10 + t}, 0, new float[] {t, 10 + t}, 0, 1);
        }
        assertEquals(5, cache.length());
        assertEquals(8, cache.capacity());

        // q = k = 0: each head's output is the mean of its cached values.
        float[] o = new float[2];
        cache.attend(2, new float[2], 0, 1, o, 0, null, 0, AttentionOptions.DEFAULT, null, null);
        assertArrayEquals(new float[] {2f, 12f}, o, 1e-6f);
    }

    @Test
    void truncateDropsRows() {
        KvCache cache = new KvCache(1, 1, 1, 4);
        cache.append(new float[] {0, 0, 0}, 0, new float[] {1, 2, 9}, 0, 3);
        cache.truncate(2);
        float[] o = new float[1];
        cache.attend(1, new float[1], 0, 1, o, 0, null, 0, AttentionOptions.DEFAULT, null, null);
        assertEquals(1.5f, o[0], 1e-6f);
        assertThrows(IllegalArgumentException.class, () -> cache.truncate(3));
    }

    @Test
    void headsMustBeMultiple() {
        KvCache cache = new KvCache(2, 1, 1, 4);
        assertThrows(IllegalArgumentException.class,
                () -> cache.attend(3, new float[3], 0, 1, new float[3], 0, null, 0, AttentionOptions.DEFAULT, null, null));
    }

    @Test
    void hugeCapacityRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new KvCache(8, 128, 128, Integer.MAX_VALUE));

        assertTrue(e.getMessage().contains("initialCapacity = 2147483647"), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(KvCache.MAX_STORAGE_ELEMENTS)), e.getMessage());
    }

    @Test
    void hugeEnsureCapacityRejected() {
        KvCache cache = new KvCache(1, 1024, 64, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cache.ensureCapacity(Integer.MAX_VALUE));

        assertTrue(e.getMessage().contains("rows = 2147483647"), e.getMessage());
        assertEquals(0, cache.capacity());
    }
}
