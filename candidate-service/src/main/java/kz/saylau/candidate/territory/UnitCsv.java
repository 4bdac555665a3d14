package kz.saylau.candidate.territory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.saylau.platform.web.ProblemException;

/**
 * Reads units from CSV (RFC 4180: comma-separated, fields in double quotes may hold commas, quotes doubled, CRLF or
 * LF). The first line names the columns; an empty field is null. Pure.
 */
final class UnitCsv {

    static final List<String> COLUMNS = List.of("code", "name", "level", "parentCode", "nameRu");

    private UnitCsv() {
    }

    static List<Map<String, String>> parse(String text) {
        List<List<String>> lines = records(text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (lines.isEmpty()) {
            throw new ProblemException(400, "MALFORMED_REQUEST", "the CSV is empty; its first line names the columns "
                    + String.join(",", COLUMNS));
        }
        List<String> header = lines.get(0).stream().map(String::strip).toList();
        if (!header.containsAll(List.of("code", "name", "level")) || !COLUMNS.containsAll(header)) {
            throw new ProblemException(400, "MALFORMED_REQUEST", "the CSV header must name the columns "
                    + String.join(",", COLUMNS) + " (parentCode and nameRu may be left out), not " + header);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> fields = lines.get(i);
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (fields.size() != header.size()) {
                throw new ProblemException(400, "MALFORMED_REQUEST", "CSV line " + (i + 1) + " has " + fields.size()
                        + " fields, the header " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int f = 0; f < header.size(); f++) {
                String value = fields.get(f);
                row.put(header.get(f), value.isEmpty() ? null : value);
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            any = true;
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                any = false;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new ProblemException(400, "MALFORMED_REQUEST", "the CSV ends inside a quoted field");
        }
        if (any) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
