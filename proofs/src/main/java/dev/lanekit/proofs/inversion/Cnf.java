package dev.lanekit.proofs.inversion;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A formula in conjunctive normal form over variables 1 … variables. A clause is an array of DIMACS
 * literals: {@code v} for x_v and {@code −v} for ¬x_v.
 *
 * @param variables the number of variables n
 * @param clauses the clauses (not copied; treat as read-only)
 */
public record Cnf(int variables, int[][] clauses) {

    /**
     * Creates a formula, checking every literal.
     *
     * @throws IllegalArgumentException when a literal is 0 or names a variable outside 1 … variables
     */
    public Cnf {
        if (variables < 0) {
            throw new IllegalArgumentException("variables = " + variables + " is negative");
        }
        for (int c = 0; c < clauses.length; c++) {
            for (int literal : clauses[c]) {
                if (literal == 0 || Math.abs((long) literal) > variables) {
                    throw new IllegalArgumentException("clause " + c + " has literal " + literal + "; literals must be ±1 … ±" + variables);
                }
            }
        }
    }

    /**
     * Returns a uniformly random k-SAT formula: each clause has k distinct variables with random signs.
     *
     * @param variables the number of variables
     * @param clauses the number of clauses
     * @param k the clause width
     * @param random the source of randomness
     * @return the formula
     * @throws IllegalArgumentException when k > variables
     */
    public static Cnf randomKSat(int variables, int clauses, int k, SplittableRandom random) {
        if (k > variables) {
            throw new IllegalArgumentException("k = " + k + " exceeds variables = " + variables);
        }
        int[][] result = new int[clauses][];
        for (int c = 0; c < clauses; c++) {
            int[] clause = new int[k];
            for (int i = 0; i < k; i++) {
                int v;
                boolean repeated;
                do {
                    v = 1 + random.nextInt(variables);
                    repeated = false;
                    for (int t = 0; t < i; t++) {
                        repeated |= Math.abs(clause[t]) == v;
                    }
                } while (repeated);
                clause[i] = random.nextBoolean() ? v : -v;
            }
            result[c] = clause;
        }
        return new Cnf(variables, result);
    }

    /** {@return the largest clause width k} */
    public int width() {
        int k = 0;
        for (int[] clause : clauses) {
            k = Math.max(k, clause.length);
        }
        return k;
    }

    /**
     * {@return the number of clauses that the 0/1 assignment z (z[v − 1] for x_v) leaves unsatisfied}
     *
     * @param z the 0/1 assignment, {@code z[v − 1]} for variable v
     */
    public int unsatisfied(int[] z) {
        int count = 0;
        for (int[] clause : clauses) {
            boolean satisfied = false;
            for (int literal : clause) {
                int value = z[Math.abs(literal) - 1];
                satisfied |= literal > 0 ? value == 1 : value == 0;
            }
            count += satisfied ? 0 : 1;
        }
        return count;
    }

    /** {@return the smallest number of unsatisfied clauses over all 2ⁿ assignments (brute force, n ≤ 30)} */
    public int minUnsatisfied() {
        if (variables > 30) {
            throw new IllegalArgumentException("variables = " + variables + " is too many for brute force; at most 30");
        }
        int best = Integer.MAX_VALUE;
        int[] z = new int[variables];
        for (long mask = 0; mask < 1L << variables; mask++) {
            for (int v = 0; v < variables; v++) {
                z[v] = (int) (mask >>> v) & 1;
            }
            best = Math.min(best, unsatisfied(z));
            if (best == 0) {
                break;
            }
        }
        return best;
    }

    /** {@return whether some assignment satisfies every clause (brute force)} */
    public boolean satisfiable() {
        return minUnsatisfied() == 0;
    }

    @Override
    public String toString() {
        return "Cnf[variables=" + variables + ", clauses=" + Arrays.deepToString(clauses) + "]";
    }
}
