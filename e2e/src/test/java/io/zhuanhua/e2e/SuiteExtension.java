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
        Class<?> type = parameter.getParameter().getType();
        return type == Suite.class || type == TraceCollector.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Started started = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Started.class, key -> Started.start(), Started.class);
        if (started.failure() != null) {
            throw new IllegalStateException("the suite did not start", started.failure());
        }
        return parameter.getParameter().getType() == TraceCollector.class ? started.traces() : started.suite();
    }

    /**
     * The suite and the collector its services send traces to, or why they did not start; closed by JUnit with
     * the root context.
     */
    private record Started(Suite suite, TraceCollector traces, RuntimeException failure) implements AutoCloseable {
        static Started start() {
            TraceCollector traces = TraceCollector.start();
            try {
                return new Started(Suite.start(TestShops.CLIENTS, false, traces.serviceProperties()), traces, null);
            } catch (RuntimeException e) {
                traces.close();
                return new Started(null, null, e);
            }
        }

        @Override
        public void close() {
            if (suite != null) {
                suite.close();
            }
            if (traces != null) {
                traces.close();
            }
        }
    }
}
