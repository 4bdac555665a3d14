package kz.saylau.system;

import static io.restassured.RestAssured.given;
import static kz.saylau.system.SystemUnderTest.GATEWAY;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/**
 * Issue 19 #7 through the gateway: the language a client asks for reaches each service, and the answer says which
 * language it is in and that it varies with the one asked for (what a cache in front of the gateway needs).
 */
class LanguagesIT {

    @Test
    void eachServiceAnswersItsOwnWordsInTheLanguageAskedForThroughTheGateway() {
        ElectionFixture f = new ElectionFixture();
        given().baseUri(GATEWAY).header("Accept-Language", "kk-KZ,kk;q=0.9").get("/api/elections/" + f.election).then()
                .statusCode(200).header("Content-Language", "kk").header("Vary", containsString("Accept-Language"))
                .body("phase", equalTo("NOMINATION")).body("phaseLabel", equalTo("кандидаттарды ұсыну"));
        given().baseUri(GATEWAY).header("Accept-Language", "ru").header("Authorization", f.cec)
                .get("/api/candidates/" + f.candidate).then().statusCode(200).header("Content-Language", "ru")
                .body("statusLabel", equalTo("выдвинут")).body("nominatedByLabel", equalTo("выдвинут партией"));
        given().baseUri(GATEWAY).header("Accept-Language", "ru").get("/api/results/elections/" + f.election).then()
                .statusCode(200).header("Content-Language", "ru").body("statusLabel", equalTo("голосование ещё не началось"));
        given().baseUri(GATEWAY).header("Accept-Language", "kk").get("/api/labels").then().statusCode(200)
                .body("language", equalTo("kk")).body("labels.'option.AGAINST_ALL'", equalTo("Барлығына қарсы"));
        given().baseUri(GATEWAY).get("/api/elections/" + f.election).then().header("Content-Language", "en")
                .body("phaseLabel", equalTo("nomination"));
    }
}
