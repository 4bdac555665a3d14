package kz.saylau.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The call-specific error answers of a resource method, as {@code "STATUS CODE"} in the order api.md checks them
 * (for example {@code @Problems({"409 UNIT_EXISTS", "422 UNIT_PARENT_INVALID"})}). {@link ProblemDocs} reads them
 * when the service is built and writes them into its OpenAPI document beside the answers every call may give
 * (400, 401/403, 404, 429, 503), so a code is declared where it is thrown, not in a table elsewhere.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Problems {

    String[] value();
}
