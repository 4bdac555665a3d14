package kz.saylau.ballot;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The served OpenAPI document describes what a client can call through the gateway (issue 20, item 14): no
 * /internal path (the gateway answers 404 for them), and a list's answer shows its items' schema.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theDocumentListsNoInternalPathAndTypesItsLists() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = doc.getMap("paths");
        assertEquals(List.of(), paths.keySet().stream().filter(p -> p.startsWith("/internal")).toList());
        Map<String, Object> trackers = doc.getMap("paths.'/api/elections/{electionId}/trackers'.get.responses.'200'.content.'application/json'.schema");
        assertEquals("array", trackers.get("type"), String.valueOf(trackers));
        assertTrue(String.valueOf(trackers.get("items")).contains("TrackerLine"), String.valueOf(trackers));
    }
}
