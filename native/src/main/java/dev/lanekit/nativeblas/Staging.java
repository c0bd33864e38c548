package dev.lanekit.nativeblas;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Off-heap buffers of one thread, reused across calls, into which large heap operands are copied so
 * that a long downcall need not be critical. A buffer only grows; its memory is freed when the thread
 * and its buffers become unreachable.
 */
final class Staging {

    /** One buffer per operand of a call: A, B, C for gemm; A, x, y for gemv; x, y for level 1. */
    private final MemorySegment[] buffers = new MemorySegment[3];

    /**
     * Returns {@code bytes} bytes of {@code source} from {@code byteOffset} as native memory: the
     * source itself when it is native, else this thread's buffer {@code slot}, filled from the source
     * when {@code copyIn}.
     */
    MemorySegment stage(int slot, MemorySegment source, long byteOffset, long bytes, boolean copyIn) {
        if (source.isNative()) {
            return source.asSlice(byteOffset, bytes);
        }
        MemorySegment buffer = buffers[slot];
        if (buffer == null || buffer.byteSize() < bytes) {
            long size = Math.max(bytes, buffer == null ? 0 : 2 * buffer.byteSize());
            // 64-byte alignment: a cache line, and the widest vector load the library may use.
            buffer = Arena.ofAuto().allocate(size, 64);
            buffers[slot] = buffer;
        }
        MemorySegment staged = buffer.asSlice(0, bytes);
        if (copyIn) {
            MemorySegment.copy(source, byteOffset, staged, 0, bytes);
        }
        return staged;
    }

    /** Copies an output back from its staging buffer, unless the target was native and written in place. */
    static void copyBack(MemorySegment staged, MemorySegment target, long byteOffset) {
        if (!target.isNative()) {
            MemorySegment.copy(staged, 0, target, byteOffset, staged.byteSize());
        }
    }
}
