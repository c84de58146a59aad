package io.zhuanhua.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests the running {@link Suite}: started once for the whole test run (three JVMs take a while to
 * boot) and closed when the run ends. A suite that failed to start fails every test with the same cause
 * instead of being retried by each class.
 */
public final class SuiteExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SuiteExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Suite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Started started = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Started.class, key -> Started.start(), Started.class);
        if (started.failure() != null) {
            throw new IllegalStateException("the suite did not start", started.failure());
        }
        return started.suite();
    }

    /** The suite, or why it did not start; closed by JUnit with the root context. */
    private record Started(Suite suite, RuntimeException failure) implements AutoCloseable {
        static Started start() {
            try {
                return new Started(Suite.start(TestShops.CLIENTS, false), null);
            } catch (RuntimeException e) {
                return new Started(null, e);
            }
        }

        @Override
        public void close() {
            if (suite != null) {
                suite.close();
            }
        }
    }
}
