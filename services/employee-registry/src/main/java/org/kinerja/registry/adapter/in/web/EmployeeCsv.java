package org.kinerja.registry.adapter.in.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.registry.application.ImportEmployees;

/**
 * Reads an onboarding file with Apache Commons CSV: a header row, then one employee per row; comma or semicolon
 * separated (spreadsheets set to Indonesian locale write semicolons). Only the known columns are kept: anything else,
 * a NIK in particular, is dropped here and never reaches storage, events or logs.
 */
final class EmployeeCsv {

    static final int MAX_ROWS = 50_000;

    private EmployeeCsv() {
    }

    static List<ImportEmployees.Row> parse(byte[] file) {
        String firstLine = new String(file, 0, Math.min(file.length, 2048), StandardCharsets.UTF_8).lines()
                .findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(file), StandardCharsets.UTF_8);
                CSVParser parser = format.parse(reader)) {
            List<String> missing = ImportEmployees.REQUIRED_COLUMNS.stream()
                    .filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw Refusal.invalid("csv-missing-columns", "The file's header lacks the column(s) "
                        + missing + "; required: " + ImportEmployees.REQUIRED_COLUMNS + ", optional: "
                        + ImportEmployees.OPTIONAL_COLUMNS + ".");
            }
            List<ImportEmployees.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw Refusal.invalid("csv-too-large", "A file holds at most " + MAX_ROWS
                            + " employees; split it.");
                }
                rows.add(new ImportEmployees.Row((int) parser.getCurrentLineNumber(), known(record)));
            }
            return rows;
        } catch (IOException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw Refusal.invalid("csv-unreadable", "The file is not a readable CSV: " + e.getMessage());
        }
    }

    private static Map<String, String> known(CSVRecord record) {
        Map<String, String> values = new HashMap<>();
        for (String column : ImportEmployees.REQUIRED_COLUMNS) {
            values.put(column, record.isMapped(column) && record.isSet(column) ? record.get(column) : null);
        }
        for (String column : ImportEmployees.OPTIONAL_COLUMNS) {
            values.put(column, record.isMapped(column) && record.isSet(column) ? record.get(column) : null);
        }
        return values;
    }
}
