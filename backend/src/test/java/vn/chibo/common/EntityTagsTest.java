package vn.chibo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityTagsTest {
    private static final byte[] ONE = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameBytesHaveTheSameWeakTagAndOtherBytesAnother() {
        String tag = EntityTags.of(ONE);
        assertTrue(tag.matches("^W/\"[A-Za-z0-9_-]{24}\"$"), tag);
        assertEquals(tag, EntityTags.of("{\"id\":1}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(tag, EntityTags.of("{\"id\":2}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsAListOrAStar() {
        String tag = EntityTags.of(ONE);
        String opaque = tag.substring(2);
        assertTrue(EntityTags.matches(tag, tag));
        assertTrue(EntityTags.matches(opaque, tag), "a strong spelling of the same tag matches weakly");
        assertTrue(EntityTags.matches("W/\"x\", " + tag, tag));
        assertTrue(EntityTags.matches("*", tag));
        assertFalse(EntityTags.matches("W/\"x\"", tag));
        assertFalse(EntityTags.matches(null, tag));
    }
}
