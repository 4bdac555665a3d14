package kz.saylau.platform.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The {@link Language} the current request asked for; English outside a request (events, deadline work). */
@ApplicationScoped
public class RequestLanguage {

    @Inject
    CurrentVertxRequest current;

    public Language current() {
        var rc = current.getCurrent();
        return rc == null ? Language.EN : Language.of(rc.request().getHeader("Accept-Language"));
    }
}
