package kz.saylau.ballot.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kz.saylau.platform.web.Hashes;

/**
 * R-X1: tracker = lowercase hex SHA-256 of the UTF-8 bytes of the previous tracker (empty for version 1) followed by
 * the canonical JSON (RFC 8785) of the protocol's figures. The values here are strings, integers, null, lists and
 * objects, for which RFC 8785 means: object keys sorted by UTF-16 code units, no whitespace, integers as digits,
 * strings with only {@code "}, {@code \} and control characters escaped. Pure.
 */
public final class Trackers {

    private Trackers() {
    }

    public record Figures(long votersOnList, long ballotsReceived, long ballotsIssued, long ballotsCancelled,
            long ballotsInBox, long invalidBallots, long againstAll, List<Vote> votes) {
    }

    public record Vote(String candidateId, long votes) {
    }

    public static String tracker(String previous, String electionId, String precinctCode, int version, Figures f,
            String imageSha256, String reason, String decisionRef) {
        Map<String, Object> body = new TreeMap<>();
        body.put("electionId", electionId);
        body.put("precinctCode", precinctCode);
        body.put("version", (long) version);
        body.put("votersOnList", f.votersOnList());
        body.put("ballotsReceived", f.ballotsReceived());
        body.put("ballotsIssued", f.ballotsIssued());
        body.put("ballotsCancelled", f.ballotsCancelled());
        body.put("ballotsInBox", f.ballotsInBox());
        body.put("invalidBallots", f.invalidBallots());
        body.put("againstAll", f.againstAll());
        body.put("votes", f.votes().stream()
                .sorted((a, b) -> a.candidateId().toLowerCase().compareTo(b.candidateId().toLowerCase()))
                .map(v -> {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("candidateId", v.candidateId().toLowerCase());
                    line.put("votes", v.votes());
                    return line;
                }).toList());
        body.put("imageSha256", imageSha256);
        body.put("reason", reason);
        body.put("decisionRef", decisionRef);
        return Hashes.sha256((previous == null ? "" : previous) + canonical(body));
    }

    /** RFC 8785 for the value types used here. */
    static String canonical(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            // String.compareTo orders by UTF-16 code units, as RFC 8785 sorts keys
            for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, (String) e.getKey());
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a canonical JSON value here: " + value.getClass());
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

}
