package org.kinerja.platform.test.faults;

import java.util.Arrays;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service as a process of its own, for fault tests: {@code <application class> <--property=value ...>}. Starts the
 * application as the local stack does (its static {@code application()} builder) and prints
 * {@code READY <HTTP port>} once it is up.
 */
public final class ServiceProcess {

    private ServiceProcess() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        SpringApplicationBuilder application = (SpringApplicationBuilder) Class.forName(args[0])
                .getMethod("application").invoke(null);
        ConfigurableApplicationContext context = application.run(Arrays.copyOfRange(args, 1, args.length));
        System.out.println(ChildJvm.READY + " " + context.getEnvironment().getProperty("local.server.port"));
    }
}
