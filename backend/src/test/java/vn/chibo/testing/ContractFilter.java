package vn.chibo.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter.OpenApiValidationException;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Path;

/**
 * Checks every exchange of an API test against the contract: the response always, and the request too
 * when the server accepted it (2xx). Tests send bad input on purpose, and a refused request says nothing
 * about the contract; but a request the server accepted must be one the contract allows, or a client
 * generated from the contract could not send it (or the server accepts what it promises to refuse).
 */
public final class ContractFilter implements Filter {

    private final OpenApiInteractionValidator validator;

    public ContractFilter(Path contract) {
        this.validator = OpenApiInteractionValidator.createForSpecificationUrl(contract.toUri().toString())
                .withResolveCombinators(true)
                .withLevelResolver(LevelResolver.create()
                        // Tests sign in with @TestSecurity, which sends no Authorization header.
                        .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                        // Quarkus' own endpoints (/q/openapi, /q/health) are not API operations; ContractDriftTest
                        // checks that every API endpoint of the code is in the contract.
                        .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    @Override
    public io.restassured.response.Response filter(FilterableRequestSpecification requestSpec,
            FilterableResponseSpecification responseSpec, FilterContext ctx) {
        io.restassured.response.Response response = ctx.next(requestSpec, responseSpec);
        ValidationReport report = check(RestAssuredRequest.of(requestSpec), RestAssuredResponse.of(response));
        if (!requestSpec.getMultiPartParams().isEmpty()) {
            // The validator reads no multipart body (REST Assured builds it later), so it would call it missing.
            report = without(report, "validation.request.body.missing");
        }
        if (report.hasErrors()) throw new OpenApiValidationException(report);
        return response;
    }

    /** The response against the contract, and the request as well when the response is a success. */
    public ValidationReport check(Request request, Response response) {
        boolean accepted = response.getStatus() >= 200 && response.getStatus() < 300;
        if (!accepted) return validator.validateResponse(request.getPath(), request.getMethod(), response);
        ValidationReport report = validator.validate(request, response);
        if (response.getResponseBody().filter(Body::hasBody).isPresent()) return report;
        // An answer without a body (204) negotiated no media type: the validator would still hold the request's
        // Accept to the media types of the operation's error answers only.
        return without(report, "validation.request.accept.notAllowed");
    }

    private static ValidationReport without(ValidationReport report, String key) {
        return ValidationReport.from(report.getMessages().stream().filter(m -> !m.getKey().equals(key)).toList());
    }
}
