package vn.chibo.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {
    private final RequestFingerprint fingerprint = new RequestFingerprint(new ObjectMapper());

    record Body(String name, int size) {}

    @Test
    void theSameRequestHasTheSameFingerprintAndAnyDifferenceChangesIt() {
        UUID id = UUID.fromString("6f1c1b8e-4a43-4c8b-9d38-2f1f5f0a9a11");
        String a = fingerprint.of("POST", "/api/v1/x/" + id, new Object[] {id, new Body("Nà Khoang", 3)});
        assertEquals(a, fingerprint.of("POST", "/api/v1/x/" + id, new Object[] {id, new Body("Nà Khoang", 3)}));
        assertEquals(64, a.length());
        assertNotEquals(a, fingerprint.of("POST", "/api/v1/x/" + id, new Object[] {id, new Body("Nà Khoang", 4)}));
        assertNotEquals(a, fingerprint.of("POST", "/api/v1/y/" + id, new Object[] {id, new Body("Nà Khoang", 3)}));
        assertNotEquals(a, fingerprint.of("PUT", "/api/v1/x/" + id, new Object[] {id, new Body("Nà Khoang", 3)}));
        assertNotEquals(a, fingerprint.of("POST", "/api/v1/x/" + id, new Object[] {id, null}));
    }

    @Test
    void partsAreDelimitedSoShiftingTextBetweenThemIsAnotherRequest() {
        assertNotEquals(fingerprint.of("POST", "/a", new Object[] {"ab", "c"}),
                fingerprint.of("POST", "/a", new Object[] {"a", "bc"}));
    }

    @Test
    void theParsedBodyCountsNotItsSpelling() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("name", "x");
        one.put("size", 1);
        Map<String, Object> same = new LinkedHashMap<>();
        same.put("name", "x");
        same.put("size", 1);
        assertEquals(fingerprint.of("POST", "/a", new Object[] {one}), fingerprint.of("POST", "/a", new Object[] {same}));
    }

    @Test
    void keysAreOneTo255VisibleAsciiCharacters() {
        assertTrue(IdempotencyKeys.isValid("6f1c1b8e-4a43-4c8b-9d38-2f1f5f0a9a11"));
        assertTrue(IdempotencyKeys.isValid("x".repeat(255)));
        assertFalse(IdempotencyKeys.isValid("x".repeat(256)));
        assertFalse(IdempotencyKeys.isValid(""));
        assertFalse(IdempotencyKeys.isValid("a b"));
        assertFalse(IdempotencyKeys.isValid("khóa"));
        assertFalse(IdempotencyKeys.isValid("a\tb"));
    }
}
