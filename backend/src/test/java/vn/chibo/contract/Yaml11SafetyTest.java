package vn.chibo.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import vn.chibo.testing.ApiTest;

/**
 * Issue 11: YAML 1.1 readers (SnakeYAML, PyYAML, many generators) read an unquoted {@code on}, {@code off},
 * {@code yes}, {@code no} as booleans and {@code 200} as a number. A parameter named {@code on} then became
 * {@code true} in a generated client. Both the contract file and the document the server serves must read
 * the same under YAML 1.1: every key, parameter name and string value stays a string.
 */
@QuarkusTest
class Yaml11SafetyTest extends ApiTest {

    @Test
    void theContractFileReadsTheSameUnderYaml11() throws IOException {
        assertEquals(List.of(), misreadings(Files.readString(CONTRACT)), "quote these in openapi.yaml");
    }

    @Test
    void theServedContractReadsTheSameUnderYaml11() {
        String served = api().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(List.of(), misreadings(served), "the served /q/openapi document");
    }

    @Test
    void theCheckFindsWhatYaml11Misreads() {
        String sample = """
                paths:
                  /x:
                    get:
                      parameters:
                        - name: on
                          in: query
                          schema: { type: string, enum: [yes, maybe], default: off }
                      responses:
                        200: { description: OK }
                """;
        assertEquals(List.of("paths./x.get.parameters[0].name: true", "paths./x.get.parameters[0].schema.enum[0]: true",
                "paths./x.get.parameters[0].schema.default: false", "paths./x.get.responses: key 200"), misreadings(sample));
    }

    /** Where YAML 1.1 reads something other than the string the contract means, as "path: value". */
    static List<String> misreadings(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(20 * 1024 * 1024);
        List<String> found = new ArrayList<>();
        walk(new Yaml(options).load(yaml), "", found);
        return found;
    }

    private static void walk(Object node, String path, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            boolean stringType = "string".equals(map.get("type")) || map.containsKey("enum") && !map.containsKey("type");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    found.add(path + ": key " + e.getKey());
                    continue;
                }
                String at = path.isEmpty() ? key : path + "." + key;
                Object value = e.getValue();
                boolean mustBeText = key.equals("name") || key.equals("in") || key.equals("operationId")
                        || stringType && (key.equals("default") || key.equals("example"));
                if (mustBeText && value != null && !(value instanceof String) && !(value instanceof Map)) {
                    found.add(at + ": " + value);
                } else if (stringType && key.equals("enum") && value instanceof List<?> values) {
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v != null && !(v instanceof String)) found.add(at + "[" + i + "]: " + v);
                    }
                } else {
                    walk(value, at, found);
                }
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) walk(list.get(i), path + "[" + i + "]", found);
        }
    }
}
