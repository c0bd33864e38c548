package dev.lanekit.vector;

import java.lang.foreign.MemorySegment;

/**
 * The vector primitives, implemented twice: {@link Vectors#scalar()} in plain Java and
 * {@link Vectors#simd()} with the Vector API. {@link Vectors} dispatches to the one the provider chose.
 *
 * <h2>Shapes</h2>
 * Every kernel exists for {@code float} and {@code double} arrays, addressed by an offset and a length
 * {@code n}, and for {@link MemorySegment}s (heap or off-heap) with {@code long} offsets and lengths. On
 * segments, offsets and lengths count elements, not bytes, elements are read in native byte order, and
 * the method name carries the element type ({@link #dotFloat}, {@link #dotDouble}). A batched kernel
 * reads a row-major matrix of {@code m} rows of {@code n} elements with row stride {@code lda >= n}.
 *
 * <h2>Validation</h2>
 * Every method validates its arguments before reading anything: a negative length, mismatched lengths,
 * {@code lda < n}, or a norm order {@code p} that is NaN or below 1 raise
 * {@link IllegalArgumentException} naming the parameter and its value. An offset range outside an array
 * or segment raises {@link IndexOutOfBoundsException}. A null array or segment raises
 * {@link NullPointerException} whose message names the parameter.
 *
 * <h2>Cost</h2>
 * With n the number of elements: dot, axpy, scale, sum, max, cosine, squared distance, exp and the ℓ1, ℓ2
 * and ℓ∞ norms and distances read each input once. argmax, log-sum-exp and the other norm orders read it
 * twice, and softmax reads it three times. dot, axpy and squared distance do n multiply-adds and cosine 3n.
 * A batched kernel costs m times its row kernel, and nearest adds O(log k) for each row that enters the
 * k nearest and O(k log k) to sort them. The SIMD implementation runs inputs shorter than two vectors on
 * the scalar kernels, which are faster there.
 *
 * <h2>Accumulation and accuracy</h2>
 * float kernels accumulate in float and double kernels in double, unless a method names another precision.
 * A sum of n terms is then within γₙ·Σ|terms| of the exact sum, with γₙ = n·u/(1 − n·u) and u = 2⁻²⁴
 * (float) or 2⁻⁵³ (double). The scalar and SIMD implementations sum in different orders, so they agree
 * within that bound, not bit for bit. Each implementation returns bit-identical results for the same input
 * on repeated calls, with one exception: the SIMD exp, softmax and log-sum-exp use the Vector API's lanewise
 * exp, whose interpreted and compiled results may differ in the last bit.
 *
 * <p>The properties in {@code lanekit-proofs} hold both implementations to these bounds against
 * compensated double references, for every provider and vector width:
 * <ul>
 *   <li>dot, sum and squared distance: γₙ·Σ|terms| + n·η/2, with η the smallest subnormal (that term
 *       matters only when terms underflow); squared distance is compared with the sum of the squared
 *       float differences.</li>
 *   <li>norms: a relative error of γₙ₊₂ in float; γₙ₊₂ + 4u in double, plus 2·(4 + 2·log₂(p + 1))·u for
 *       an order p other than 1, 2 and ∞; in both, plus an absolute η. Distances: the norm bound plus a
 *       relative u, against the norm of the exact differences.</li>
 *   <li>cosine: an absolute error of 2γₙ + 4u (float) or 2γₙ + 6u (double), for vectors that are not
 *       tiny: the properties skip squared norms below 2⁻¹⁰⁰ in float and norms below 2⁻⁴⁰⁰ in double.</li>
 *   <li>exp: within 1 ulp of {@link Math#exp(double)}; softmax and log-sum-exp: the rounding of each
 *       xᵢ − max, 1 ulp per exponential and γₙ₊₁ for the sum.</li>
 *   <li>axpy and scale: one fused multiply-add or one product per element, exactly; max is exactly the
 *       {@link Math#max(float, float)} fold.</li>
 * </ul>
 *
 * <h2>Special values</h2>
 * NaN propagates: a NaN in the input of dot, sum, a norm, a distance, max or softmax makes the result
 * NaN. The ∞ rules are stated per method. Norms and distances return NaN when the input has a NaN and
 * +∞ when it has an infinity but no NaN, so NaN wins over ∞.
 *
 * <h2>Allocation and threads</h2>
 * The scalar kernels allocate nothing, and nearest keeps its working heap in the output arrays. The SIMD
 * kernels allocate nothing once C2 has compiled their loops, because the vectors then stay in registers;
 * JMH's GC profiler measured no allocation per call for the SIMD dot and ℓ2 norm. Implementations are
 * stateless and safe to call from any thread. Output ranges must not overlap input ranges, except where a method writes in place or documents
 * that its output may be its input.
 *
 * <h2>Segments</h2>
 * A heap segment over an array of the element type runs the array kernel on that array. For off-heap
 * segments, the SIMD implementation vectorizes dot, sum, squared distance and the ℓ2 norm and distance,
 * and for float also cosine, the ℓ1 and ℓ∞ norms and distances, max and argmax. The other segment kernels
 * run the scalar loops. Both paths give results within the bounds above.
 */
public interface VectorKernels {

    // ---------------------------------------------------------------------------------------------
    // float arrays

    /**
     * {@return {@code Σ a[aOffset + i]·b[bOffset + i]} for {@code i < n}, accumulated in float with fused
     * multiply-adds} Empty input gives 0; a NaN gives NaN; ∞·0 gives NaN; ∞ − ∞ among the terms gives NaN.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     */
    float dot(float[] a, int aOffset, float[] b, int bOffset, int n);

    /**
     * Computes {@code y[yOffset + i] = alpha·x[xOffset + i] + y[yOffset + i]} for {@code i < n}, each
     * element with one fused multiply-add, so both implementations give bit-identical results. {@code y}
     * may be {@code x} at the same offset; a partial overlap raises {@link IllegalArgumentException}, because
     * its result would depend on the order of loads and stores.
     *
     * @param alpha the scalar multiplier
     * @param x the input scaled by {@code alpha}
     * @param xOffset index of the first element of {@code x}
     * @param y the output, updated in place
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset, int n);

    /**
     * Multiplies {@code x[xOffset + i]} by {@code alpha} in place for {@code i < n}, with IEEE rules per element.
     *
     * @param alpha the scalar multiplier
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    void scale(float alpha, float[] x, int xOffset, int n);

    /**
     * {@return {@code Σ x[xOffset + i]} for {@code i < n}, in float} Empty gives 0; +∞ and −∞ together give NaN.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    float sum(float[] x, int xOffset, int n);

    /**
     * {@return the largest of {@code x[xOffset .. xOffset + n)}, ordered as {@link Math#max(float, float)}
     * orders them: a NaN makes the result NaN and +0.0 is larger than −0.0}
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @throws IllegalArgumentException when {@code n == 0}
     */
    float max(float[] x, int xOffset, int n);

    /**
     * {@return the index, counted from {@code xOffset}, of the largest element: the first NaN when there is
     * one, else the lowest index among equal maxima (−0.0 and +0.0 are equal here)}
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @throws IllegalArgumentException when {@code n == 0}
     */
    int argmax(float[] x, int xOffset, int n);

    /**
     * {@return the cosine similarity {@code a·b / (‖a‖₂‖b‖₂)}} The three sums are accumulated in float,
     * then combined in double as {@code ab / sqrt(aa·bb)} and rounded once to float, the same formula in
     * both implementations. When a sum of squares overflows or falls below 2⁻¹⁰⁰ (elements above about
     * 1.8e19 or below about 1e-19 in magnitude), the sums are recomputed in double in a second pass, so
     * the result stays accurate for any finite input. A zero or empty vector gives NaN (0/0), and so does
     * a NaN or an infinity.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     */
    float cosine(float[] a, int aOffset, float[] b, int bOffset, int n);

    /**
     * Returns the ℓp norm {@code (Σ|x|ᵖ)^(1/p)} of {@code n} elements; {@code p} is any real {@code >= 1} or
     * {@code Double.POSITIVE_INFINITY} (the largest magnitude). The result does not overflow or underflow
     * when it is representable, because p = 2 uses Blue's scaled sums as LAPACK 3.10's nrm2 does and other
     * orders scale by the largest magnitude. The one exception: a float ℓ2 norm of about 2²⁴ or more elements
     * near 2⁵² overflows its unscaled partial sum. Integer p up to 64 uses repeated multiplication, not
     * {@code Math.pow}. Empty gives 0, a NaN gives NaN, and otherwise an infinity gives +∞.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp norm {@code (Σ|x|ᵖ)^(1/p)} of {@code n} elements
     * @throws IllegalArgumentException when {@code p} is NaN or below 1
     */
    float norm(float[] x, int xOffset, int n, double p);

    /**
     * {@return the ℓp distance {@code ‖a − b‖_p}, with the guards and special values of
     * {@link #norm(float[], int, int, double)} applied to the float differences} Infinities of the same sign
     * give ∞ − ∞ = NaN.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     */
    float distance(float[] a, int aOffset, float[] b, int bOffset, int n, double p);

    /**
     * {@return {@code Σ (a − b)²} in float, without scaling: the fast ranking distance} It overflows to +∞
     * once the true value passes Float.MAX_VALUE and loses relative accuracy below about n·2⁻¹²⁶; use
     * {@link #distance} with p = 2 where that matters.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     */
    float squaredDistance(float[] a, int aOffset, float[] b, int bOffset, int n);

    /**
     * Writes {@code out[outOffset + r] = ‖query − row r‖_p} for the {@code m} rows of the row-major matrix at
     * {@code matrixOffset} with row stride {@code lda}; each row is computed as
     * {@link #distance(float[], int, float[], int, int, double)} computes it.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    void distances(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n, int lda,
            double p, float[] out, int outOffset);

    /**
     * As {@link #distances(float[], int, float[], int, int, int, int, double, float[], int)} with {@link #squaredDistance}.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    void squaredDistances(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n,
            int lda, float[] out, int outOffset);

    /**
     * Finds the {@code k} rows nearest to {@code query} in ℓp distance and writes their row indices and
     * distances to {@code indices[0..]} and {@code distances[0..]}, nearest first. Equal distances are
     * ordered by row index and NaN distances come last, so the result is the first {@code min(k, m)}
     * entries of a stable sort of {@link #distances}' output. Allocates nothing: the output arrays hold the
     * working heap.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param k the number of nearest rows requested, at least 0
     * @param indices receives the row indices, nearest first; at least {@code min(k, m)} long
     * @param distances receives the distances, nearest first; at least {@code min(k, m)} long
     * @return the number of rows written, {@code min(k, m)}
     * @throws IllegalArgumentException when {@code k} is negative
     * @throws IndexOutOfBoundsException when an output array is shorter than {@code min(k, m)}
     */
    int nearest(float[] query, int queryOffset, float[] matrix, int matrixOffset, int m, int n, int lda,
            double p, int k, int[] indices, float[] distances);

    /**
     * Replaces {@code x[xOffset .. xOffset + n)} by its softmax {@code exp(xᵢ − max) / Σ exp(xⱼ − max)}.
     * Subtracting the maximum keeps every exponent at or below 0, so no finite input overflows, and the
     * largest entry contributes exactly 1 to the sum. Special values follow the limits: the +∞ entries
     * share the mass equally and every other entry gets 0; −∞ entries get 0; when every entry is −∞ the
     * output is uniform (the limit of equal logits). A NaN makes every output NaN. Empty input is a no-op.
     *
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    void softmax(float[] x, int xOffset, int n);

    /**
     * {@return {@code log Σ exp(xᵢ)}, computed as {@code max + log Σ exp(xᵢ − max)} so that no finite input
     * overflows} Empty input and all −∞ give −∞; a +∞ gives +∞; a NaN gives NaN.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    float logSumExp(float[] x, int xOffset, int n);

    /**
     * Writes {@code y[yOffset + i] = exp(x[xOffset + i])}; {@code y} may be {@code x} at the same offset,
     * and a partial overlap raises {@link IllegalArgumentException}.
     * The scalar implementation rounds {@link Math#exp(double)} to float; the SIMD one uses the Vector
     * API's lanewise exp, within 1 ulp of it on this project's test machines (pinned by a test).
     * exp(NaN) = NaN, exp(−∞) = 0, exp(+∞) = +∞, and arguments above about 88.72 give +∞.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param y the output; may be {@code x} at the same offset
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    void exp(float[] x, int xOffset, float[] y, int yOffset, int n);

    // ---------------------------------------------------------------------------------------------
    // double arrays: the same kernels in double precision (u = 2⁻⁵³), with the same special values.

    /**
     * As {@link #dot(float[], int, float[], int, int)}, in double.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the dot product
     */
    double dot(double[] a, int aOffset, double[] b, int bOffset, int n);

    /**
     * As {@link #axpy(float, float[], int, float[], int, int)}, in double.
     *
     * @param alpha the scalar multiplier
     * @param x the input scaled by {@code alpha}
     * @param xOffset index of the first element of {@code x}
     * @param y the output, updated in place
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    void axpy(double alpha, double[] x, int xOffset, double[] y, int yOffset, int n);

    /**
     * As {@link #scale(float, float[], int, int)}, in double.
     *
     * @param alpha the scalar multiplier
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    void scale(double alpha, double[] x, int xOffset, int n);

    /**
     * As {@link #sum(float[], int, int)}, in double.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the sum
     */
    double sum(double[] x, int xOffset, int n);

    /**
     * As {@link #max(float[], int, int)}, in double.
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the largest element, or NaN when one is NaN
     */
    double max(double[] x, int xOffset, int n);

    /**
     * As {@link #argmax(float[], int, int)}, in double.
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the index of the first NaN, else of the first maximum, counted from {@code xOffset}
     */
    int argmax(double[] x, int xOffset, int n);

    /**
     * As {@link #cosine(float[], int, float[], int, int)}, with the sums in double and the final formula
     * {@code ab / (sqrt(aa)·sqrt(bb))}, whose product of roots cannot overflow. When a sum of squares
     * overflows or falls below 2⁻⁹⁶⁰ (elements above about 1.3e154 or below about 1e-154), two more passes
     * divide by the largest magnitudes first.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the cosine similarity
     */
    double cosine(double[] a, int aOffset, double[] b, int bOffset, int n);

    /**
     * As {@link #norm(float[], int, int, double)}, in double.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp norm
     */
    double norm(double[] x, int xOffset, int n, double p);

    /**
     * As {@link #distance(float[], int, float[], int, int, double)}, in double.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp distance
     */
    double distance(double[] a, int aOffset, double[] b, int bOffset, int n, double p);

    /**
     * As {@link #squaredDistance(float[], int, float[], int, int)}, in double.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the squared ℓ2 distance
     */
    double squaredDistance(double[] a, int aOffset, double[] b, int bOffset, int n);

    /**
     * As {@link #distances(float[], int, float[], int, int, int, int, double, float[], int)}, in double.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    void distances(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m, int n, int lda,
            double p, double[] out, int outOffset);

    /**
     * As {@link #squaredDistances(float[], int, float[], int, int, int, int, float[], int)}, in double.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    void squaredDistances(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m, int n,
            int lda, double[] out, int outOffset);

    /**
     * As {@link #nearest(float[], int, float[], int, int, int, int, double, int, int[], float[])}, in double.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param k the number of nearest rows requested, at least 0
     * @param indices receives the row indices, nearest first; at least {@code min(k, m)} long
     * @param distances receives the distances, nearest first; at least {@code min(k, m)} long
     * @return the number of rows written, {@code min(k, m)}
     */
    int nearest(double[] query, int queryOffset, double[] matrix, int matrixOffset, int m, int n, int lda,
            double p, int k, int[] indices, double[] distances);

    /**
     * As {@link #softmax(float[], int, int)}, in double.
     *
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    void softmax(double[] x, int xOffset, int n);

    /**
     * As {@link #logSumExp(float[], int, int)}, in double.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the log-sum-exp
     */
    double logSumExp(double[] x, int xOffset, int n);

    /**
     * As {@link #exp(float[], int, float[], int, int)}, in double; arguments above about 709.78 give +∞.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param y the output; may be {@code x} at the same offset
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    void exp(double[] x, int xOffset, double[] y, int yOffset, int n);

    // ---------------------------------------------------------------------------------------------
    // MemorySegments of float elements: offsets and lengths in elements, native byte order.

    /**
     * As {@link #dot(float[], int, float[], int, int)}, on float segments.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the dot product
     */
    float dotFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n);

    /**
     * As {@link #axpy(float, float[], int, float[], int, int)}, on float segments.
     *
     * @param alpha the scalar multiplier
     * @param x the input scaled by {@code alpha}
     * @param xOffset index of the first element of {@code x}
     * @param y the output, updated in place
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    void axpyFloat(float alpha, MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n);

    /**
     * As {@link #scale(float, float[], int, int)}, on a float segment.
     *
     * @param alpha the scalar multiplier
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    void scaleFloat(float alpha, MemorySegment x, long xOffset, long n);

    /**
     * As {@link #sum(float[], int, int)}, on a float segment.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the sum
     */
    float sumFloat(MemorySegment x, long xOffset, long n);

    /**
     * As {@link #max(float[], int, int)}, on a float segment.
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the largest element, or NaN when one is NaN
     */
    float maxFloat(MemorySegment x, long xOffset, long n);

    /**
     * As {@link #argmax(float[], int, int)}, on a float segment; the index counts from {@code xOffset}.
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the index of the first NaN, else of the first maximum, counted from {@code xOffset}
     */
    long argmaxFloat(MemorySegment x, long xOffset, long n);

    /**
     * As {@link #cosine(float[], int, float[], int, int)}, on float segments.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the cosine similarity
     */
    float cosineFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n);

    /**
     * As {@link #norm(float[], int, int, double)}, on a float segment.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp norm
     */
    float normFloat(MemorySegment x, long xOffset, long n, double p);

    /**
     * As {@link #distance(float[], int, float[], int, int, double)}, on float segments.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp distance
     */
    float distanceFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n, double p);

    /**
     * As {@link #squaredDistance(float[], int, float[], int, int)}, on float segments.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the squared ℓ2 distance
     */
    float squaredDistanceFloat(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n);

    /**
     * As {@link #distances(float[], int, float[], int, int, int, int, double, float[], int)}, on float segments.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    void distancesFloat(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset, long m,
            long n, long lda, double p, MemorySegment out, long outOffset);

    /**
     * As {@link #squaredDistances(float[], int, float[], int, int, int, int, float[], int)}, on float segments.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    void squaredDistancesFloat(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset,
            long m, long n, long lda, MemorySegment out, long outOffset);

    /**
     * As {@link #nearest(float[], int, float[], int, int, int, int, double, int, int[], float[])}, on float
     * segments; row indices are {@code long}.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param k the number of nearest rows requested, at least 0
     * @param indices receives the row indices, nearest first; at least {@code min(k, m)} long
     * @param distances receives the distances, nearest first; at least {@code min(k, m)} long
     * @return the number of rows written, {@code min(k, m)}
     */
    int nearestFloat(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset, long m,
            long n, long lda, double p, int k, long[] indices, float[] distances);

    /**
     * As {@link #softmax(float[], int, int)}, on a float segment.
     *
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    void softmaxFloat(MemorySegment x, long xOffset, long n);

    /**
     * As {@link #logSumExp(float[], int, int)}, on a float segment.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the log-sum-exp
     */
    float logSumExpFloat(MemorySegment x, long xOffset, long n);

    /**
     * As {@link #exp(float[], int, float[], int, int)}, on float segments.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param y the output; may be {@code x} at the same offset
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    void expFloat(MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n);

    // ---------------------------------------------------------------------------------------------
    // MemorySegments of double elements: offsets and lengths in elements, native byte order.

    /**
     * As {@link #dot(double[], int, double[], int, int)}, on double segments.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the dot product
     */
    double dotDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n);

    /**
     * As {@link #axpy(double, double[], int, double[], int, int)}, on double segments.
     *
     * @param alpha the scalar multiplier
     * @param x the input scaled by {@code alpha}
     * @param xOffset index of the first element of {@code x}
     * @param y the output, updated in place
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    void axpyDouble(double alpha, MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n);

    /**
     * As {@link #scale(double, double[], int, int)}, on a double segment.
     *
     * @param alpha the scalar multiplier
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    void scaleDouble(double alpha, MemorySegment x, long xOffset, long n);

    /**
     * As {@link #sum(double[], int, int)}, on a double segment.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the sum
     */
    double sumDouble(MemorySegment x, long xOffset, long n);

    /**
     * As {@link #max(double[], int, int)}, on a double segment.
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the largest element, or NaN when one is NaN
     */
    double maxDouble(MemorySegment x, long xOffset, long n);

    /**
     * As {@link #argmax(double[], int, int)}, on a double segment; the index counts from {@code xOffset}.
     *
     * @param x the input, with at least one element in range
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the index of the first NaN, else of the first maximum, counted from {@code xOffset}
     */
    long argmaxDouble(MemorySegment x, long xOffset, long n);

    /**
     * As {@link #cosine(double[], int, double[], int, int)}, on double segments.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the cosine similarity
     */
    double cosineDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n);

    /**
     * As {@link #norm(double[], int, int, double)}, on a double segment.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp norm
     */
    double normDouble(MemorySegment x, long xOffset, long n, double p);

    /**
     * As {@link #distance(double[], int, double[], int, int, double)}, on double segments.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @return the ℓp distance
     */
    double distanceDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n, double p);

    /**
     * As {@link #squaredDistance(double[], int, double[], int, int)}, on double segments.
     *
     * @param a the first input
     * @param aOffset index of the first element of {@code a}
     * @param b the second input
     * @param bOffset index of the first element of {@code b}
     * @param n the number of elements
     * @return the squared ℓ2 distance
     */
    double squaredDistanceDouble(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long n);

    /**
     * As {@link #distances(double[], int, double[], int, int, int, int, double, double[], int)}, on double segments.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    void distancesDouble(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset, long m,
            long n, long lda, double p, MemorySegment out, long outOffset);

    /**
     * As {@link #squaredDistances(double[], int, double[], int, int, int, int, double[], int)}, on double segments.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param out receives one distance per row, {@code m} elements
     * @param outOffset index of the first element of {@code out}
     */
    void squaredDistancesDouble(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset,
            long m, long n, long lda, MemorySegment out, long outOffset);

    /**
     * As {@link #nearest(double[], int, double[], int, int, int, int, double, int, int[], double[])}, on
     * double segments; row indices are {@code long}.
     *
     * @param query the query vector of {@code n} elements
     * @param queryOffset index of the first element of {@code query}
     * @param matrix the row-major matrix of {@code m} rows
     * @param matrixOffset index of the first element of {@code matrix}
     * @param m number of rows
     * @param n the number of columns, which is the length of {@code query}
     * @param lda row stride of {@code matrix}, at least {@code n}
     * @param p the norm order: a real number at least 1, or {@code Double.POSITIVE_INFINITY}
     * @param k the number of nearest rows requested, at least 0
     * @param indices receives the row indices, nearest first; at least {@code min(k, m)} long
     * @param distances receives the distances, nearest first; at least {@code min(k, m)} long
     * @return the number of rows written, {@code min(k, m)}
     */
    int nearestDouble(MemorySegment query, long queryOffset, MemorySegment matrix, long matrixOffset, long m,
            long n, long lda, double p, int k, long[] indices, double[] distances);

    /**
     * As {@link #softmax(double[], int, int)}, on a double segment.
     *
     * @param x the input, overwritten with the result
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     */
    void softmaxDouble(MemorySegment x, long xOffset, long n);

    /**
     * As {@link #logSumExp(double[], int, int)}, on a double segment.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param n the number of elements
     * @return the log-sum-exp
     */
    double logSumExpDouble(MemorySegment x, long xOffset, long n);

    /**
     * As {@link #exp(double[], int, double[], int, int)}, on double segments.
     *
     * @param x the input
     * @param xOffset index of the first element of {@code x}
     * @param y the output; may be {@code x} at the same offset
     * @param yOffset index of the first element of {@code y}
     * @param n the number of elements
     */
    void expDouble(MemorySegment x, long xOffset, MemorySegment y, long yOffset, long n);
}
