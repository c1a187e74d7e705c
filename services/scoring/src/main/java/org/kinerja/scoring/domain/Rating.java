package org.kinerja.scoring.domain;

/** A rating against expectation: the two supervisor ratings and each indicator's band use the same scale. */
public enum Rating {
    BELOW, MEETS, ABOVE
}
