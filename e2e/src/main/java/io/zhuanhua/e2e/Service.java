package io.zhuanhua.e2e;

/** The three services of the suite, by their Maven module. */
public enum Service {
    CHAT("chat-service", 8081),
    METRICS("metrics-service", 8082),
    SCRIPTS("scripts-service", 8083);

    private final String module;
    private final int demoPort;

    Service(String module, int demoPort) {
        this.module = module;
        this.demoPort = demoPort;
    }

    /** Maven module, also the service's name in logs and database names. */
    public String module() {
        return module;
    }

    /** The fixed port of the demo, the service's own default in application.properties. */
    public int demoPort() {
        return demoPort;
    }
}
