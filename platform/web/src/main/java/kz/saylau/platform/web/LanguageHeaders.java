package kz.saylau.platform.web;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

/** The headers of a {@link Localized} answer: which language it is in, and that it varies with the one asked for. */
public class LanguageHeaders {

    @Localized
    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().add("Vary", "Accept-Language");
        if (response.getStatus() < 300) {
            response.getHeaders().putSingle("Content-Language", Language.of(request.getHeaderString("Accept-Language")).tag());
        }
    }
}
