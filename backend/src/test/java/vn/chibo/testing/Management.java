package vn.chibo.testing;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import org.eclipse.microprofile.config.ConfigProvider;

/** The management interface (health, metrics) of the application under test: its own port, chosen at start. */
public final class Management {
    private Management() {}

    public static String url() {
        String port = System.getProperty("quarkus.management.test-port",
                ConfigProvider.getConfig().getValue("quarkus.management.test-port", String.class));
        return "http://127.0.0.1:" + port;
    }

    /** GET of a management path, e.g. "/q/health/ready". */
    public static io.restassured.response.Response get(String path) {
        return given().get(url() + path);
    }

    public static String metrics() {
        return get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of the samples of a Prometheus series whose labels contain every fragment (0 when absent). */
    public static double sample(String metrics, String name, String... labelFragments) {
        return metrics.lines()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> Arrays.stream(labelFragments).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
