package kz.saylau.platform.web;

import io.quarkus.panache.common.Parameters;

/**
 * The where clause of a list's Panache query, built from its optional filters: a filter asked for (not null) adds
 * {@code field = value}, one left out matches everything. Field names are the entity's, never the caller's.
 */
public final class Where {

    private final StringBuilder query = new StringBuilder("1 = 1");
    private final Parameters parameters = new Parameters();

    public Where equal(String field, Object value) {
        if (value != null) {
            String name = "p" + parameters.map().size();
            query.append(" and ").append(field).append(" = :").append(name);
            parameters.and(name, value);
        }
        return this;
    }

    public String query() {
        return query.toString();
    }

    public Parameters parameters() {
        return parameters;
    }
}
