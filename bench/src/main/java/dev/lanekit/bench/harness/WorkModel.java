package dev.lanekit.bench.harness;

import dev.lanekit.bench.Shape;
import dev.lanekit.bench.Work;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;

/** Reads a benchmark class's {@code public static Work work(Shape)} declaration. */
public final class WorkModel {

    private WorkModel() {}

    /**
     * Returns the work per call that {@code className} declares for {@code shape}, or empty when the class
     * declares none.
     *
     * @param className the benchmark class's fully qualified name
     * @param shape the benchmark's parameters
     * @return the declared work, or empty
     * @throws IllegalStateException when the declaration exists but fails
     */
    public static Optional<Work> of(String className, Shape shape) {
        Method method;
        try {
            method = Class.forName(className).getMethod(Work.METHOD, Shape.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return Optional.empty();
        }
        if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != Work.class) {
            throw new IllegalStateException(className + "." + Work.METHOD + "(Shape) must be public static and return Work");
        }
        try {
            return Optional.of((Work) method.invoke(null, shape));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(className + "." + Work.METHOD + "(" + shape + ") failed", e);
        }
    }
}
