package org.chokepoint.app;

import java.util.function.Supplier;

/**
 * A value computed on first use and kept, for reference tables a process may never need: a one-name
 * {@code chokepoint screen} without a country must not wait a second for the multilingual country index.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    private Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    public static <T> Lazy<T> of(Supplier<T> compute) {
        return new Lazy<>(compute);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) value = compute.get();
                v = value;
            }
        }
        return v;
    }
}
