package io.cinequiz.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InfoResourceTest {

    @Test
    void infoNamesTheServiceAndItsVersion() {
        given()
                .when().get("/api/v1/info")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("name", equalTo("cinequiz"))
                .body("version", not(emptyOrNullString()));
    }
}
