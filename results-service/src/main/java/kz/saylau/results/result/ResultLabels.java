package kz.saylau.results.result;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.saylau.platform.web.Labels;
import kz.saylau.platform.web.Language;

/**
 * A rendered result in another language (issue 19 #7): the system's own words re-labelled (status, failure reason,
 * the affiliation of candidates nominated by themselves or by the district akim); every figure, name and code stays
 * byte for byte what the English rendering holds. Pure.
 */
public final class ResultLabels {

    private ResultLabels() {
    }

    public static byte[] localize(byte[] json, Language language, ObjectMapper mapper) {
        try {
            ObjectNode result = (ObjectNode) mapper.readTree(json);
            result.put("statusLabel", Labels.of(language, "resultStatus", result.path("status").asText()));
            if (result.hasNonNull("failureReason")) {
                result.put("failureReasonLabel", Labels.of(language, "failureReason", result.path("failureReason").asText()));
            }
            for (JsonNode c : result.path("candidates")) {
                String by = c.path("nominatedBy").asText();
                if ("SELF".equals(by) || "DISTRICT_AKIM".equals(by)) {
                    ((ObjectNode) c).put("affiliation", Labels.of(language, "affiliation", by));
                }
            }
            return mapper.writeValueAsBytes(result);
        } catch (IOException e) {
            throw new IllegalStateException("a rendered result is not JSON", e);
        }
    }
}
