package org.kinerja.scoring.faults;

/**
 * What a fault test ends with: the reports the broker acknowledged (distinct), the duplicates and poison records sent
 * among them, the employees whose committed score or read model differs from the oracle, and the seconds from the end
 * of the fault (and from the last acknowledged report) until both equal the oracle.
 */
record Recovery(int acknowledged, int duplicates, int poison, int diffs, double secondsAfterFault,
        double secondsAfterLastReport) {

    @Override
    public String toString() {
        return String.format("%,d reports acknowledged (%,d sent twice, %,d poison records among them), %d diffs; "
                + "scores and read model equal the oracle %.1f s after the fault ended, %.1f s after the last report",
                acknowledged, duplicates, poison, diffs, secondsAfterFault, secondsAfterLastReport);
    }
}
