package dev.lanekit.proofs;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The properties of one capability. Suites are found through {@link ServiceLoader}
 * ({@code META-INF/services/dev.lanekit.proofs.PropertySuite}), so {@code lanekit check} runs exactly
 * what the JUnit wrappers in this module's tests run.
 */
public interface PropertySuite {

    /** {@return the capability's name, for example {@code vector} or {@code attention}} */
    String capability();

    /** {@return the properties of this capability} */
    List<Property> properties();

    /** {@return every suite on the class path, in a stable order (by capability name)} */
    static List<PropertySuite> all() {
        return ServiceLoader.load(PropertySuite.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(java.util.Comparator.comparing(PropertySuite::capability))
                .toList();
    }
}
