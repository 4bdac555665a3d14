package kz.saylau.gateway.labels;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Issue 19 #7: a dashboard reads the system's own words in its reader's language, keyed by the codes it shows. */
@QuarkusTest
class LabelsResourceTest {

    @Test
    void theWordsOfEachLanguageUnderTheSameKeys() {
        Map<String, String> kk = given().header("Accept-Language", "kk-KZ").get("/api/labels").then().statusCode(200)
                .header("Content-Language", "kk").header("Vary", containsString("Accept-Language"))
                .body("language", equalTo("kk")).body("labels.'phase.NOMINATION'", equalTo("кандидаттарды ұсыну"))
                .body("labels.'failureReason.TIE'", equalTo("бірінші орынға дауыстар тең"))
                .extract().jsonPath().getMap("labels");
        Map<String, String> ru = given().header("Accept-Language", "ru").get("/api/labels").then().statusCode(200)
                .body("labels.'option.AGAINST_ALL'", equalTo("Против всех")).extract().jsonPath().getMap("labels");
        Map<String, String> en = given().get("/api/labels").then().statusCode(200).header("Content-Language", "en")
                .body("labels.'affiliation.SELF'", equalTo("self-nominated")).extract().jsonPath().getMap("labels");
        assertEquals(en.keySet(), kk.keySet());
        assertEquals(en.keySet(), ru.keySet());
    }
}
