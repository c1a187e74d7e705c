package org.kinerja.platform.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** {@code %maskedEx}: an exception's stack trace, its messages' NIPs masked ({@link PersonalData}). */
public class MaskedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return PersonalData.masked(super.throwableProxyToString(proxy));
    }
}
