package vn.chibo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter every API test goes through reports a request that breaks the contract once the server accepted it. */
class ContractFilterTest {

    private static final ContractFilter FILTER = new ContractFilter(ApiTest.CONTRACT);

    /** An appointment id that is not a UUID: the contract's path parameter is {@code format: uuid, maxLength: 36}. */
    private static final Request BAD_ID = SimpleRequest.Builder.delete("/api/v1/appointments/" + "x".repeat(40)).build();

    @Test
    void aRequestTheContractForbidsIsReportedWhenTheServerAcceptedIt() {
        List<String> found = requestProblems(FILTER.check(BAD_ID, SimpleResponse.Builder.status(204).build()));
        assertTrue(found.stream().anyMatch(key -> key.startsWith("validation.request.parameter")), found.toString());
    }

    @Test
    void aRequestTheServerRefusedIsNotHeldToTheContract() {
        var problem = SimpleResponse.Builder.status(404).withContentType("application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"code\":\"not-found\"}").build();
        ValidationReport report = FILTER.check(BAD_ID, problem);
        assertEquals(List.of(), requestProblems(report));
        assertEquals(false, report.hasErrors(), report.getMessages().toString());
    }

    @Test
    void aRequestTheContractAllowsPasses() {
        Request good = SimpleRequest.Builder.delete("/api/v1/appointments/0b7e5d7e-6a4e-4c59-9d7a-3f1f0f1f2a3b").build();
        ValidationReport report = FILTER.check(good, SimpleResponse.Builder.status(204).build());
        assertEquals(false, report.hasErrors(), report.getMessages().toString());
    }

    @Test
    void anAnswerWithoutABodyDoesNotHoldTheRequestsAcceptToTheErrorAnswersTypes() {
        Request good = SimpleRequest.Builder.delete("/api/v1/appointments/0b7e5d7e-6a4e-4c59-9d7a-3f1f0f1f2a3b")
                .withAccept("application/json").build();
        ValidationReport report = FILTER.check(good, SimpleResponse.Builder.status(204).build());
        assertEquals(false, report.hasErrors(), report.getMessages().toString());
    }

    private static List<String> requestProblems(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getKey)
                .filter(key -> key.startsWith("validation.request"))
                .toList();
    }
}
