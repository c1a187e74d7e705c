package org.kinerja.audit;

import org.kinerja.audit.adapter.in.cli.KinerjaAuditCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * audit-trail: every decision of the region as one hash chain with signed digests, its readers and its verification.
 * The same jar is the operator's {@code kinerja-audit} command when its first argument names one ({@code verify},
 * {@code keygen}).
 */
@SpringBootApplication
public class AuditApplication {

    public static final String NAME = "audit-trail";

    public static void main(String[] args) {
        if (args.length > 0 && KinerjaAuditCommand.isCommand(args[0])) {
            System.exit(KinerjaAuditCommand.run(args));
        }
        application().run(args);
    }

    /** The application as the local stack and {@link #main} start it, reading audit-trail.yml. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(AuditApplication.class).properties("spring.config.name=" + NAME);
    }
}
