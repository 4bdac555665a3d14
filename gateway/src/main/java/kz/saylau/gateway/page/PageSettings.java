package kz.saylau.gateway.page;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The election-night page's settings (docs/page.md). */
@ConfigMapping(prefix = "saylau.page")
public interface PageSettings {

    /**
     * The Saylau public API the page is built on. Unset: this gateway's own services, the same public paths the
     * gateway routes (so rate limits meant for clients do not throttle the page's server). A newspaper hosting the
     * page sets it to any Saylau gateway's address.
     */
    Optional<URI> apiUrl();

    /** How long one answer of the API serves every viewer of a page: a thousand viewers cost one call a second. */
    @WithDefault("1s")
    Duration cacheFor();
}
