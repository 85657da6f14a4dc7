package vn.chibo.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.chibo.common.UnknownQueryParameterFilter;
import vn.chibo.idempotency.IdempotentPosts;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.testing.ApiTest;

/**
 * The contract is the truth: the operations the code serves and the operations openapi.yaml
 * describes must be the same set. (Response bodies are checked against it in every API test.)
 */
class ContractDriftTest {

    @Test
    void everyEndpointInTheCodeIsInTheContractAndViceVersa() throws IOException {
        assertEquals(contractOperations(), new TreeSet<>(codeMethods().keySet()),
                "openapi.yaml and the JAX-RS resources differ: update the contract or the code");
    }

    /**
     * Unknown query parameters are refused (UnknownQueryParameterFilter reads what each method declares), so a
     * parameter the contract lists but the code does not read would be refused, and one the code reads but the
     * contract does not list could not be sent by a generated client: both sides must name the same ones.
     */
    @Test
    void everyOperationReadsExactlyTheQueryParametersTheContractLists() throws IOException {
        OpenAPI api = new OpenAPIV3Parser().read(ApiTest.CONTRACT.toString());
        TreeSet<String> contract = new TreeSet<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            List<Parameter> shared = path.getValue().getParameters() == null ? List.of() : path.getValue().getParameters();
            path.getValue().readOperationsMap().forEach((verb, operation) -> {
                List<Parameter> all = new ArrayList<>(shared);
                if (operation.getParameters() != null) all.addAll(operation.getParameters());
                for (Parameter p : all) {
                    Parameter resolved = p.get$ref() == null ? p
                            : api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
                    if ("query".equals(resolved.getIn())) contract.add(verb.name() + " " + path.getKey() + " ?" + resolved.getName());
                }
            });
        }
        TreeSet<String> code = new TreeSet<>();
        codeMethods().forEach((operation, method) -> UnknownQueryParameterFilter.read(method)
                .forEach(name -> code.add(operation + " ?" + name)));
        assertEquals(contract, code, "query parameters of openapi.yaml and of the resources differ");
    }

    /**
     * The roles an operation accepts are enforced from its method's AcceptedRoles (AcceptedRolesFilter), so the
     * contract's x-roles and the "Roles:" sentence of its description must say exactly those: a client reads
     * them to know beforehand which calls its role may make. SIGNED_IN stands for any signed-in caller acting
     * for itself, ANONYMOUS for a @PermitAll operation.
     */
    @Test
    void everyOperationStatesExactlyTheRolesItsMethodAccepts() throws IOException {
        OpenAPI api = new OpenAPIV3Parser().read(ApiTest.CONTRACT.toString());
        Map<String, Method> code = codeMethods();
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((verb, operation) -> {
                Method method = code.get(verb.name() + " " + path.getKey());
                if (method == null) return; // everyEndpointInTheCodeIsInTheContractAndViceVersa reports it
                Object stated = operation.getExtensions() == null ? null : operation.getExtensions().get("x-roles");
                if (!xRoles(method).equals(stated)) {
                    differences.add(operation.getOperationId() + ": x-roles " + stated + ", the code accepts " + xRoles(method));
                }
                List<String> sentences = rolesSentences(operation);
                if (!sentences.equals(List.of(sentence(method)))) {
                    differences.add(operation.getOperationId() + ": description says " + sentences + ", expected \""
                            + sentence(method) + "\"");
                }
            });
        }
        assertEquals(List.of(), differences, "openapi.yaml states other roles than the resources accept");
    }

    /**
     * Every POST can be retried safely: its resource applies the Idempotency-Key (IdempotencyInterceptor, bound by
     * @IdempotentPosts on the class) and the contract lists the header, so a generated client can send it.
     */
    @Test
    void everyPostAcceptsAnIdempotencyKeyInTheCodeAndInTheContract() throws IOException {
        List<String> missing = new ArrayList<>();
        codeMethods().forEach((operation, method) -> {
            if (operation.startsWith("POST ") && !method.getDeclaringClass().isAnnotationPresent(IdempotentPosts.class)) {
                missing.add(operation + ": the resource class lacks @IdempotentPosts");
            }
        });
        OpenAPI api = new OpenAPIV3Parser().read(ApiTest.CONTRACT.toString());
        api.getPaths().forEach((path, item) -> {
            Operation post = item.getPost();
            if (post == null) return;
            if (!listsHeader(api, post, "Idempotency-Key")) missing.add("POST " + path + ": the contract does not list the Idempotency-Key header");
        });
        assertEquals(List.of(), missing);
    }

    /** The reads that answer If-None-Match (@ConditionalGet) are exactly those whose contract lists it and a 304. */
    @Test
    void theConditionalReadsOfTheCodeAreTheOnesTheContractDescribes() throws IOException {
        OpenAPI api = new OpenAPIV3Parser().read(ApiTest.CONTRACT.toString());
        TreeSet<String> contract = new TreeSet<>();
        api.getPaths().forEach((path, item) -> {
            Operation get = item.getGet();
            if (get == null || get.getResponses().get("304") == null) return;
            contract.add("GET " + path + (listsHeader(api, get, "If-None-Match") ? "" : " (304 without If-None-Match)"));
        });
        TreeSet<String> code = new TreeSet<>();
        codeMethods().forEach((operation, method) -> {
            if (method.isAnnotationPresent(vn.chibo.common.ConditionalGet.class)) code.add(operation);
        });
        assertEquals(code, contract);
    }

    /**
     * Every write whose body carries the version it is based on also takes that version in If-Match
     * (Versions reads both), and its contract lists the header and the 412 it may answer.
     */
    @Test
    void everyVersionedWriteAcceptsIfMatchInTheContract() throws IOException {
        OpenAPI api = new OpenAPIV3Parser().read(ApiTest.CONTRACT.toString());
        Map<String, Operation> contract = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((verb, op) -> contract.put(verb.name() + " " + path, op)));
        List<String> missing = new ArrayList<>();
        codeMethods().forEach((operation, method) -> {
            boolean versioned = Stream.of(method.getParameters())
                    .filter(p -> p.getAnnotations().length == 0 || p.isAnnotationPresent(jakarta.validation.Valid.class))
                    .map(java.lang.reflect.Parameter::getType)
                    .anyMatch(t -> t.isRecord() && Stream.of(t.getRecordComponents()).anyMatch(c -> c.getName().equals("version")));
            Operation op = contract.get(operation);
            if (!versioned || op == null) return;
            if (!listsHeader(api, op, "If-Match")) missing.add(operation + ": no If-Match header");
            if (op.getResponses().get("412") == null) missing.add(operation + ": no 412 answer");
        });
        assertEquals(List.of(), missing);
    }

    private static boolean listsHeader(OpenAPI api, Operation op, String name) {
        return op.getParameters() != null && op.getParameters().stream()
                .map(p -> p.get$ref() == null ? p
                        : api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1)))
                .anyMatch(p -> name.equals(p.getName()) && "header".equals(p.getIn()));
    }

    @Test
    void everyResourceMethodStatesTheRolesItAccepts() throws IOException {
        List<String> unstated = codeMethods().entrySet().stream()
                .filter(e -> e.getValue().isAnnotationPresent(AcceptedRoles.class) == isPermitAll(e.getValue()))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), unstated, "each resource method carries either @AcceptedRoles or @PermitAll");
    }

    /** The contract's x-roles for a method: the accepted roles, then SIGNED_IN; ANONYMOUS for @PermitAll. */
    static List<String> xRoles(Method method) {
        if (isPermitAll(method)) return List.of("ANONYMOUS");
        AcceptedRoles accepted = method.getAnnotation(AcceptedRoles.class);
        List<String> roles = new ArrayList<>(Arrays.stream(accepted.value()).sorted().map(Enum::name).toList());
        if (!accepted.signedIn().isEmpty()) roles.add("SIGNED_IN");
        return roles;
    }

    /** The sentence each operation's description carries, on a line of its own. */
    static String sentence(Method method) {
        if (isPermitAll(method)) return "Roles: anyone, without signing in.";
        AcceptedRoles accepted = method.getAnnotation(AcceptedRoles.class);
        List<String> parts = new ArrayList<>();
        if (accepted.value().length > 0) {
            parts.add(String.join(", ", Arrays.stream(accepted.value()).sorted().map(Enum::name).toList()));
        }
        if (!accepted.signedIn().isEmpty()) parts.add("any signed-in caller for " + accepted.signedIn());
        return "Roles: " + String.join("; ", parts) + ".";
    }

    private static List<String> rolesSentences(Operation operation) {
        String description = operation.getDescription() == null ? "" : operation.getDescription();
        return description.lines().map(String::trim).filter(line -> line.startsWith("Roles:")).toList();
    }

    private static boolean isPermitAll(Method method) {
        return method.isAnnotationPresent(PermitAll.class) || method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
    }

    private static TreeSet<String> contractOperations() {
        OpenAPI api = new OpenAPIV3Parser().read(ApiTest.CONTRACT.toString());
        TreeSet<String> operations = new TreeSet<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            path.getValue().readOperationsMap().keySet()
                    .forEach(method -> operations.add(method.name() + " " + path.getKey()));
        }
        return operations;
    }

    private static Map<String, Method> codeMethods() throws IOException {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        Map<String, Method> operations = new TreeMap<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).forEach(f -> {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, ContractDriftTest.class.getClassLoader());
                    Path base = type.getAnnotation(Path.class);
                    if (base == null) return;
                    for (Method method : type.getDeclaredMethods()) {
                        String verb = httpMethod(method);
                        if (verb == null) continue;
                        Path sub = method.getAnnotation(Path.class);
                        operations.put(verb + " " + join(base.value(), sub == null ? "" : sub.value()), method);
                    }
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return operations;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) return verb.value();
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
