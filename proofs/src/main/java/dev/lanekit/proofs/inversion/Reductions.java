package dev.lanekit.proofs.inversion;

import dev.lanekit.inversion.InversionProblem;
import dev.lanekit.inversion.LatentBox;
import dev.lanekit.inversion.Norm;
import dev.lanekit.inversion.ReluNetwork;

/**
 * Instance generators: hard problems turned into inversion problems, after "On the Fine-Grained Hardness
 * of Inverting Generative Models" (Keles, Hegde, 2023). That paper reduces k-SAT to exact inversion
 * (SETH, Ω(2ⁿ) for latent size n), the closest vector problem CVP_p to approximate inversion for odd p,
 * and Vertex-Cover / Half-Clique to approximate inversion for even p (ETH). The gadgets below are
 * constructions built for lanekit from those statements, each with one hidden ReLU layer and a linear
 * output. This module's properties check them by brute force. They may differ from the paper's own gadgets.
 */
public final class Reductions {

    private Reductions() {}

    /**
     * {@return the exact-inversion network of a CNF: with λ = 1, G(z) = 0 has a solution iff the formula
     * is satisfiable}
     *
     * <p>Outputs: {@code λ·δ(z_i)} per variable (δ = distance to {0,1}, 4 hidden units), then
     * {@code λ·ReLU(1 − s_C(z))} per clause, where {@code s_C(z) = Σ_{x_i ∈ C} z_i + Σ_{¬x_i ∈ C} (1 − z_i)}.
     * Hidden width 4n + m, n + m outputs, target 0. For binary z the clause output is λ exactly when C is
     * unsatisfied, so ‖G(z)‖_p^p = λ^p·(number of unsatisfied clauses).
     *
     * @param cnf the formula
     * @param lambda the weight λ of the penalty outputs
     */
    public static ReluNetwork satNetwork(Cnf cnf, float lambda) {
        int n = cnf.variables();
        GadgetNetwork net = new GadgetNetwork(n);
        for (int i = 0; i < n; i++) {
            net.distanceToBinary(i, lambda);
        }
        for (int[] clause : cnf.clauses()) {
            // 1 − s_C(z) = 1 − (#negative literals) − Σ_{x_i} z_i + Σ_{¬x_i} z_i.
            float[] w = new float[n];
            float bias = 1f;
            for (int literal : clause) {
                int v = Math.abs(literal) - 1;
                if (literal > 0) {
                    w[v] -= 1f;
                } else {
                    w[v] += 1f;
                    bias -= 1f;
                }
            }
            int unit = net.hidden(w, bias);
            net.output(new int[] {unit}, new float[] {lambda});
        }
        return net.build();
    }

    /**
     * {@return the exact-inversion problem of a CNF over the binary cube: target 0, λ = 1}
     *
     * @param cnf the formula
     * @param norm the norm of the objective
     */
    public static InversionProblem satProblem(Cnf cnf, Norm norm) {
        ReluNetwork network = satNetwork(cnf, 1f);
        return new InversionProblem(network, new float[network.outputDimension()], LatentBox.binary(cnf.variables()), norm);
    }

    /**
     * {@return the λ of the robust ℓp wrapper for radius 1: with {@code λ = k + 2} (k the clause width),
     * any real z with ‖G(z)‖_p ≤ 1 rounds to a satisfying assignment, for every p ∈ [1, ∞]} Reason:
     * λ·δ(z_i) ≤ 1 puts each z_i within 1/λ of a bit b_i; if b falsified clause C, s_C(z) ≤ k/λ and the
     * clause output would be at least λ − k = 2 > 1.
     *
     * @param cnf the formula
     */
    public static float robustLambda(Cnf cnf) {
        return cnf.width() + 2;
    }

    /**
     * One row of an isolating parallelepiped: the term {@code α·|w·y − c|^p}.
     *
     * @param w the coefficients on the clause's literal values y
     * @param c the offset
     * @param alpha the weight
     */
    public record GadgetRow(int[] w, double c, double alpha) {}

    /**
     * {@return an isolating parallelepiped for (p, k): rows with {@code f(y) = Σ α_r·|w_r·y − c_r|^p} equal
     * to 1 on every y ∈ {0,1}^k except 0, and {@code f(0) > 1}} Known rows: p = 1 and any k ≥ 2 (rows
     * {@code s − 1} and {@code s − k} with s = Σy and weight 1/(k − 1), f(0) = (k + 1)/(k − 1)); any p
     * with k = 2 (one row {@code 2s − 3}, f(0) = 3^p); p = 3 and p = 5 with k = 3 (four rows found by a
     * linear program over w ∈ {−1,0,1}³, f(0) = 5 and 29). For even p and k > p no such rows exist.
     *
     * @param p the norm order p
     * @param k the clause width k
     * @throws IllegalArgumentException for a pair (p, k) without a known gadget
     */
    public static GadgetRow[] isolatingGadget(int p, int k) {
        if (p == 1 && k >= 2) {
            int[] ones = new int[k];
            java.util.Arrays.fill(ones, 1);
            double alpha = 1.0 / (k - 1);
            return new GadgetRow[] {new GadgetRow(ones, 1, alpha), new GadgetRow(ones, k, alpha)};
        }
        if (k == 2 && p >= 1) {
            return new GadgetRow[] {new GadgetRow(new int[] {2, 2}, 3, 1)};
        }
        if (k == 3 && (p == 3 || p == 5)) {
            double big = p == 3 ? 0.625 : 29.0 / 32;
            double small = p == 3 ? 0.125 : 1.0 / 32;
            return new GadgetRow[] {
                new GadgetRow(new int[] {-1, -1, -1}, -2, big),
                new GadgetRow(new int[] {-1, -1, 1}, 0, small),
                new GadgetRow(new int[] {-1, 1, -1}, 0, small),
                new GadgetRow(new int[] {-1, 1, 1}, 0, small),
            };
        }
        throw new IllegalArgumentException("no isolating gadget is known for p = " + p + ", k = " + k
                + "; known: p = 1 with k >= 2, k = 2 with any p, p = 3 or 5 with k = 3");
    }

    /**
     * A CVP_p instance: the linear generator G(z) = B·z, the target t and the radius r.
     *
     * @param network the linear generator B·z
     * @param target t
     * @param radius r
     */
    public record CvpInstance(ReluNetwork network, float[] target, double radius) {}

    /**
     * {@return the CVP_p instance of rank n of a k-SAT formula whose clauses all have width k} The formula
     * is satisfiable ⇔ some integer z has ‖B·z − t‖_p ≤ r, and such a z is a binary satisfying assignment.
     *
     * <p>Rows: for each clause, the isolating gadget's rows {@code α^{1/p}·(w·y − c)} with the literal
     * values y substituted as affine functions of z; then n rows {@code β·(z_i − ½)}, since
     * |z − ½|^p ≥ 2^{−p} with equality exactly on {0, 1}. With β even and β^p > m, and
     * {@code r^p = m + n·(β/2)^p}, a satisfying binary z meets r exactly, while an unsatisfying binary z
     * exceeds r^p by at least f(0) − 1 and a non-binary integer z by β^p((3/2)^p − (1/2)^p) > m.
     *
     * @param cnf the formula
     * @param p the norm order p
     */
    public static CvpInstance satToCvp(Cnf cnf, int p) {
        int n = cnf.variables();
        int m = cnf.clauses().length;
        int k = cnf.clauses().length == 0 ? 2 : cnf.clauses()[0].length;
        GadgetRow[] gadget = isolatingGadget(p, k);
        int rows = m * gadget.length + n;
        float[] b = new float[rows * n];
        float[] t = new float[rows];

        // Clause rows first, then the rows that pull every coordinate to {0, 1}.
        int row = 0;
        for (int[] clause : cnf.clauses()) {
            if (clause.length != k) {
                throw new IllegalArgumentException("every clause must have width " + k + " but one has " + clause.length);
            }
            for (GadgetRow g : gadget) {
                double scale = Math.pow(g.alpha(), 1.0 / p);
                // w·y − c with y_i = z_v for x_v and 1 − z_v for ¬x_v.
                double constant = -g.c();
                for (int i = 0; i < k; i++) {
                    int literal = clause[i];
                    int v = Math.abs(literal) - 1;
                    if (literal > 0) {
                        b[row * n + v] += (float) (scale * g.w()[i]);
                    } else {
                        b[row * n + v] -= (float) (scale * g.w()[i]);
                        constant += g.w()[i];
                    }
                }
                t[row] = (float) (-scale * constant);
                row++;
            }
        }

        int beta = 2 * (int) Math.ceil(Math.pow(m + 1, 1.0 / p) / 2) + 2;
        for (int i = 0; i < n; i++) {
            b[row * n + i] = beta;
            t[row] = beta / 2f;
            row++;
        }
        double radius = Math.pow(m + n * Math.pow(beta / 2.0, p), 1.0 / p);
        return new CvpInstance(ReluNetwork.linear(new float[rows], b, n), t, radius);
    }

    /**
     * An undirected simple graph on vertices 0 … vertices − 1.
     *
     * @param vertices the number of vertices
     * @param adjacent the symmetric adjacency matrix, false on the diagonal
     */
    public record Graph(int vertices, boolean[][] adjacent) {

        /**
         * {@return a random graph with edge probability {@code density}}
         *
         * @param vertices the number of vertices
         * @param density the probability of each edge
         * @param random the source of randomness
         */
        public static Graph random(int vertices, double density, java.util.SplittableRandom random) {
            boolean[][] adjacent = new boolean[vertices][vertices];
            for (int u = 0; u < vertices; u++) {
                for (int v = u + 1; v < vertices; v++) {
                    boolean edge = random.nextDouble() < density;
                    adjacent[u][v] = edge;
                    adjacent[v][u] = edge;
                }
            }
            return new Graph(vertices, adjacent);
        }

        /** {@return the size of a smallest vertex cover (brute force over all subsets)} */
        public int minVertexCover() {
            int best = vertices;
            for (long mask = 0; mask < 1L << vertices; mask++) {
                boolean cover = true;
                for (int u = 0; u < vertices && cover; u++) {
                    for (int v = u + 1; v < vertices && cover; v++) {
                        cover = !adjacent[u][v] || ((mask >>> u) & 1) == 1 || ((mask >>> v) & 1) == 1;
                    }
                }
                if (cover) {
                    best = Math.min(best, Long.bitCount(mask));
                }
            }
            return best;
        }

        /**
         * Returns whether some vertices/2 vertices are pairwise adjacent (brute force; vertices even).
         *
         * @return whether some vertices/2 vertices are pairwise adjacent (brute force
         */
        public boolean hasHalfClique() {
            for (long mask = 0; mask < 1L << vertices; mask++) {
                if (Long.bitCount(mask) != vertices / 2) {
                    continue;
                }
                boolean clique = true;
                for (int u = 0; u < vertices && clique; u++) {
                    for (int v = u + 1; v < vertices && clique; v++) {
                        clique = ((mask >>> u) & 1) == 0 || ((mask >>> v) & 1) == 0 || adjacent[u][v];
                    }
                }
                if (clique) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@return the Vertex-Cover network: outputs {@code λ·δ(z_v)} per vertex, {@code λ·ReLU(1 − z_u − z_v)}
     * per edge, and {@code ReLU(z_v)} per vertex (the cover-size term)} With λ = N + 1, for binary z
     * ‖G(z)‖_p^p is the size of the set z when it is a cover and at least λ^p > N otherwise, so a cover of
     * size ≤ κ exists ⇔ some z has ‖G(z)‖_p ≤ κ^{1/p} (target 0).
     *
     * @param graph the graph
     */
    public static ReluNetwork vertexCoverNetwork(Graph graph) {
        int vertices = graph.vertices();
        float lambda = vertices + 1;
        GadgetNetwork net = new GadgetNetwork(vertices);
        for (int v = 0; v < vertices; v++) {
            net.distanceToBinary(v, lambda);
        }
        for (int u = 0; u < vertices; u++) {
            for (int v = u + 1; v < vertices; v++) {
                if (graph.adjacent()[u][v]) {
                    float[] w = new float[vertices];
                    w[u] = -1f;
                    w[v] = -1f;
                    int unit = net.hidden(w, 1f);
                    net.output(new int[] {unit}, new float[] {lambda});
                }
            }
        }
        for (int v = 0; v < vertices; v++) {
            int unit = net.hidden(v, 1f, 0f);
            net.output(new int[] {unit}, new float[] {1f});
        }
        return net.build();
    }

    /**
     * {@return the Half-Clique network (vertices even): outputs {@code λ·δ(z_v)}, {@code λ·ReLU(z_u + z_v − 1)}
     * for every non-edge, and {@code λ·ReLU(N/2 − Σ_v z_v)}, with λ = N + 2 > (N + 1)·½} A half clique exists
     * ⇔ some z has ‖G(z)‖_p ≤ ½ (target 0); for binary z the objective is then exactly 0.
     *
     * @param graph the graph
     */
    public static ReluNetwork halfCliqueNetwork(Graph graph) {
        int vertices = graph.vertices();
        if (vertices % 2 != 0) {
            throw new IllegalArgumentException("vertices = " + vertices + " must be even for Half-Clique");
        }
        float lambda = vertices + 2;
        GadgetNetwork net = new GadgetNetwork(vertices);
        for (int v = 0; v < vertices; v++) {
            net.distanceToBinary(v, lambda);
        }
        for (int u = 0; u < vertices; u++) {
            for (int v = u + 1; v < vertices; v++) {
                if (!graph.adjacent()[u][v]) {
                    float[] w = new float[vertices];
                    w[u] = 1f;
                    w[v] = 1f;
                    int unit = net.hidden(w, -1f);
                    net.output(new int[] {unit}, new float[] {lambda});
                }
            }
        }
        float[] minus = new float[vertices];
        java.util.Arrays.fill(minus, -1f);
        int size = net.hidden(minus, vertices / 2f);
        net.output(new int[] {size}, new float[] {lambda});
        return net.build();
    }
}
