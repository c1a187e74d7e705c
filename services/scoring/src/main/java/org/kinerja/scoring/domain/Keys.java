package org.kinerja.scoring.domain;

/**
 * The keys of scoring's store, one family per kind of entry, all starting with the employee so that an employee's
 * entries sit together. Ids are [A-Za-z0-9._-] (the contracts' patterns), so '|' never occurs inside one.
 */
final class Keys {

    private Keys() {
    }

    static String plan(String employee, int year) {
        return "plan|" + employee + "|" + year;
    }

    static String report(String employee, String reportId) {
        return "report|" + employee + "|" + reportId;
    }

    static String held(String employee, int year, String reportId) {
        return heldOfYear(employee, year) + reportId;
    }

    static String heldOfYear(String employee, int year) {
        return "held|" + employee + "|" + year + "|";
    }

    static String tally(String employee, String period, String indicatorId) {
        return "tally|" + employee + "|" + period + "|" + indicatorId;
    }

    static String indexed(String employee, String period, String indicatorId, String reportId) {
        return indexOf(employee, period, indicatorId) + reportId;
    }

    static String indexOf(String employee, String period, String indicatorId) {
        return "index|" + employee + "|" + period + "|" + indicatorId + "|";
    }

    /** The latest realisasi of an indicator for a month or quarter. */
    static String realisasi(String employee, String period, String indicatorId) {
        return "realisasi|" + employee + "|" + period + "|" + indicatorId;
    }

    static String period(String employee, String period) {
        return "period|" + employee + "|" + period;
    }

    /** The prefix of the year's periods: the year itself and its months or quarters. */
    static String periodsOfYear(String employee, int year) {
        return "period|" + employee + "|" + year;
    }

    static String member(String unitId, String period, String employee) {
        return "member|" + unitId + "|" + period + "|" + employee;
    }

    static String unit(String unitId, String period) {
        return "unit|" + unitId + "|" + period;
    }

    /** The last segment of a key: the report id of a held or indexed entry. */
    static String last(String key) {
        return key.substring(key.lastIndexOf('|') + 1);
    }
}
