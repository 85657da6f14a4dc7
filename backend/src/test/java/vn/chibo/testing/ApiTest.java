package vn.chibo.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.UUID;
import vn.chibo.common.TimeSource;
import vn.chibo.member.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;

/**
 * Base of every API test: each response is validated against openapi.yaml, and so is each request the
 * server accepted (see {@link ContractFilter}); demo organisations are found by their code.
 */
public abstract class ApiTest {
    public static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final ContractFilter MATCHES_CONTRACT = new ContractFilter(CONTRACT);

    @Inject
    protected OrganizationRepository organizations;

    /** The application's clock, set by chibo.clock-start in the test profile: tests never read the real one. */
    @Inject
    protected TimeSource time;

    protected RequestSpecification api() {
        return given().filter(MATCHES_CONTRACT).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    protected RequestSpecification apiEnglish() {
        return api().header("Accept-Language", "en");
    }

    /** The id of the demo organisation with that code, e.g. "LCH-BL-NK" for Chi bộ bản Nà Khoang. */
    protected UUID org(String code) {
        return QuarkusTransaction.requiringNew().call(() -> organizations.find("code", code).<Organization>firstResult().id);
    }

    protected long orgVersion(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> organizations.findById(id).version);
    }

    protected UUID memberOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Member.<Member>find("username", username).firstResult().id);
    }

    /** A JSON number equal to the value, whether it arrives as an integer or a decimal. */
    protected static org.hamcrest.Matcher<Object> number(double value) {
        return new org.hamcrest.TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n && Math.abs(n.doubleValue() - value) < 1e-9;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("the number " + value);
            }
        };
    }

    protected static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
