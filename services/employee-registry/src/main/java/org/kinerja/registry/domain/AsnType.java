package org.kinerja.registry.domain;

/** PNS (civil servant) or PPPK (government employee with a work agreement). */
public enum AsnType {
    PNS, PPPK
}
