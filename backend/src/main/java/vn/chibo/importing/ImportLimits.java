package vn.chibo.importing;

import java.util.List;
import vn.chibo.common.ApiException;
import vn.chibo.common.ChiboConfig;

/**
 * How much one import may unpack to and what shape its sheet may have, and the refusal for each
 * limit. Size limits (what the file unpacks to, what the reader must hold in memory) answer 413, like
 * the upload size itself; shape limits (rows, columns, cell length) answer 422: the file is small
 * enough to read, but its content is not an acceptable sheet.
 */
public record ImportLimits(long maxUnpackedBytes, int maxZipEntries, int maxCompressionRatio, int maxRows,
                           int maxColumns, int maxCellChars, int maxSharedStrings, long maxTextChars) {

    /** Inflating this much of one part is allowed before its compression ratio is judged (as POI does). */
    static final long RATIO_GRACE_BYTES = 100 * 1024;

    public static ImportLimits of(ChiboConfig.Import config) {
        return new ImportLimits(config.maxUnpackedBytes(), config.maxZipEntries(), config.maxCompressionRatio(),
                config.maxRows(), config.maxColumns(), config.maxCellChars(), config.maxSharedStrings(),
                config.maxTextChars());
    }

    ApiException unpackedTooLarge() {
        return refusal(413, "import-unpacked-too-large", maxUnpackedBytes);
    }

    ApiException tooManyZipEntries() {
        return refusal(413, "import-too-many-entries", maxZipEntries);
    }

    ApiException compressionRatioTooHigh() {
        return refusal(413, "import-compression-ratio", maxCompressionRatio);
    }

    ApiException tooManySharedStrings() {
        return refusal(413, "import-too-many-shared-strings", maxSharedStrings);
    }

    ApiException tooMuchText() {
        return refusal(413, "import-too-much-text", maxTextChars);
    }

    ApiException tooManyRows() {
        return refusal(422, "import-too-many-rows", maxRows);
    }

    ApiException tooManyColumns(int rowNumber) {
        return refusal(422, "import-too-many-columns", rowNumber, maxColumns);
    }

    ApiException cellTooLong(int rowNumber) {
        return refusal(422, "import-cell-too-long", rowNumber, maxCellChars);
    }

    private static ApiException refusal(int status, String code, Object... args) {
        return new ApiException(status, code, code, args, List.of(), null);
    }
}
