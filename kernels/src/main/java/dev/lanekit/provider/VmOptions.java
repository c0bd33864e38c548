package dev.lanekit.provider;

import java.util.Optional;

/** Reads HotSpot VM options when {@code jdk.management} is present; empty elsewhere (OpenJ9, jlinked images). */
final class VmOptions {

    private VmOptions() {}

    static Optional<Boolean> booleanOption(String name) {
        return option(name).map(Boolean::parseBoolean);
    }

    static Optional<Integer> intOption(String name) {
        return option(name).flatMap(value -> {
            try {
                return Optional.of(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> option(String name) {
        try {
            return Reader.option(name);
        } catch (LinkageError e) {
            // jdk.management or java.management is not in the runtime image.
            return Optional.empty();
        }
    }

    /** Separate class so that a missing jdk.management fails here, inside the catch, not in VmOptions. */
    private static final class Reader {
        static Optional<String> option(String name) {
            try {
                var bean = java.lang.management.ManagementFactory.getPlatformMXBean(
                        com.sun.management.HotSpotDiagnosticMXBean.class);
                if (bean == null) {
                    return Optional.empty();
                }
                return Optional.of(bean.getVMOption(name).getValue());
            } catch (IllegalArgumentException e) {
                // The VM has no option of that name.
                return Optional.empty();
            }
        }
    }
}
