package org.kinerja.scoring.domain;

import java.math.BigDecimal;

/**
 * An agency's SAKIP grade from its total points (rule R6, PermenPANRB 88/2021), with strict lower bounds: AA above 90,
 * A above 80, BB above 70, B above 60, CC above 50, C above 30, D otherwise.
 */
public enum SakipGrade {
    AA(90), A(80), BB(70), B(60), CC(50), C(30), D(Integer.MIN_VALUE);

    private final int above;

    SakipGrade(int above) {
        this.above = above;
    }

    public static SakipGrade of(BigDecimal total) {
        for (SakipGrade grade : values()) {
            if (grade == D || total.compareTo(BigDecimal.valueOf(grade.above)) > 0) {
                return grade;
            }
        }
        return D;
    }
}
