package vn.chibo.common;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Gives the JSON parser the limits of {@link ChiboConfig.Json}, so it stops reading a body that is
 * too long, too deep or holds a too long string. The mapper is built during static initialisation,
 * before configuration mappings exist, so the values are read as plain properties here.
 */
@Singleton
public class JsonReadConstraints implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        Config config = ConfigProvider.getConfig();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(config.getValue("chibo.json.max-body-bytes", Integer.class))
                .maxNestingDepth(config.getValue("chibo.json.max-nesting-depth", Integer.class))
                .maxStringLength(config.getValue("chibo.json.max-string-chars", Integer.class))
                .build());
    }
}
