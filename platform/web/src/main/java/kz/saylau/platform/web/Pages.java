package kz.saylau.platform.web;

/** Pages of a list ({@code page}, {@code size} of api.md): a page far past the end is empty, never an overflow. */
public final class Pages {

    private Pages() {
    }

    /**
     * True when the page starts beyond any row a table can hold (its first row, {@code page × size}, is past what an
     * int offset reaches): the answer is an empty page. Panache and JPA count rows in ints, so such a page would
     * overflow into a negative offset.
     */
    public static boolean pastTheEnd(int page, int size) {
        return (long) page * size + size > Integer.MAX_VALUE;
    }
}
