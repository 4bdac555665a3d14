package kz.saylau.platform.web;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * One page of a list and how long the whole list is (api.md "Lists"): the page is the body, the length goes out as
 * {@code X-Total-Count}. A page far past the end is empty, never an overflow.
 */
public record PageOf<T>(List<T> items, long total) {

    public static final String TOTAL_COUNT = "X-Total-Count";

    /** Page {@code page} (from 0) of {@code size} rows of a query, each row shown as {@code view} makes it. */
    public static <E, T> PageOf<T> of(PanacheQuery<E> query, ListPage page, Function<E, T> view) {
        long total = query.count();
        if (pastTheEnd(page.page, page.size)) {
            return new PageOf<>(List.of(), total);
        }
        return new PageOf<>(query.page(page.page, page.size).<E>list().stream().map(view).toList(), total);
    }

    /** A page of a list already in memory (filtered after loading, e.g. by a derived phase). */
    public static <T> PageOf<T> of(List<T> all, ListPage page) {
        int from = (int) Math.min((long) page.page * page.size, all.size());
        return new PageOf<>(all.subList(from, (int) Math.min((long) from + page.size, all.size())), all.size());
    }

    /**
     * True when the page starts beyond any row a table can hold (its first row, {@code page × size}, is past what an
     * int offset reaches): the answer is an empty page. Panache and JPA count rows in ints, so such a page would
     * overflow into a negative offset.
     */
    private static boolean pastTheEnd(int page, int size) {
        return (long) page * size + size > Integer.MAX_VALUE;
    }

    /** The same page with each item shown as {@code view} makes it (only the page's items, not the whole list). */
    public <R> PageOf<R> map(Function<T, R> view) {
        return new PageOf<>(items.stream().map(view).toList(), total);
    }

    /**
     * 200 with the page as the body and the list's length in {@code X-Total-Count}; typed, so that the OpenAPI
     * document shows the items' schema.
     */
    public RestResponse<List<T>> response() {
        return RestResponse.ResponseBuilder.ok(items).header(TOTAL_COUNT, total).build();
    }
}
