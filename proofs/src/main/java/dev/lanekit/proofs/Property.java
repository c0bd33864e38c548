package dev.lanekit.proofs;

/**
 * One named property of one kernel. {@link #check(int)} runs it with the given number of examples
 * and throws {@link AssertionError} (with the falsifying example) when the kernel breaks it.
 *
 * @param kernel the kernel's name as {@code lanekit bench} and {@code lanekit check} print it, for example {@code dot}
 * @param name what the property states, in a few words
 * @param body the check; its argument is the number of examples to try
 */
public record Property(String kernel, String name, Body body) {

    /** The check of a property, given the number of examples to try. */
    @FunctionalInterface
    public interface Body {

        /**
         * Checks the property.
         *
         * @param tries the number of examples to try
         */
        void check(int tries);
    }

    /**
     * Runs the property with {@code tries} examples; throws {@link AssertionError} when it fails.
     *
     * @param tries the number of examples per property
     */
    public void check(int tries) {
        body.check(tries);
    }
}
