package kz.saylau.gateway.labels;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.saylau.platform.web.Labels;
import kz.saylau.platform.web.Language;
import kz.saylau.platform.web.Localized;

/**
 * The system's own words (phases, statuses, failure reasons, nomination kinds, "against all") in the language of
 * {@code Accept-Language}, keyed as the codes the answers carry: a dashboard shows {@code phase.NOMINATION} from here.
 */
@Path("/api/labels")
@Produces(MediaType.APPLICATION_JSON)
public class LabelsResource {

    public record LabelSet(String language, Map<String, String> labels) {
    }

    @GET
    @Localized
    public LabelSet labels(@HeaderParam("Accept-Language") String acceptLanguage) {
        Language language = Language.of(acceptLanguage);
        return new LabelSet(language.tag(), Labels.all(language));
    }
}
