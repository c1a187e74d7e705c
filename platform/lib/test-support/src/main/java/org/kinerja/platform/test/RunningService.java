package org.kinerja.platform.test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service started for an integration test as it runs in production (its own main configuration), on the shared
 * embedded broker and MongoDB server, on a free port, with its own database and consumer groups.
 */
public final class RunningService implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final ApiClient api;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.api = new ApiClient("http://127.0.0.1:" + port);
    }

    /**
     * Starts the application; {@code isolation} names its database and consumer groups; {@code extra} are further
     * "key=value" properties, which outrank the service's own configuration.
     */
    public static RunningService start(SpringApplicationBuilder application, String isolation, String... extra) {
        String[] properties = java.util.Arrays.copyOf(extra, extra.length + 1);
        properties[extra.length] = "server.port=0";
        return new RunningService(application.run(EmbeddedTestInfra.shared().serviceArguments(isolation,
                properties)));
    }

    public ApiClient api() {
        return api;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
