package kz.saylau.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=&size=} of a list (api.md "Lists"): page from 0, 50 rows unless asked, at most 500. A resource takes
 * it as {@code @Valid @BeanParam ListPage page}; a bad value is 400 {@code VALIDATION_FAILED} naming the parameter.
 */
public class ListPage {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(500)
    public int size;
}
