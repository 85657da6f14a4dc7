package vn.chibo.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** The HTTP answer carrying an export: its media type and a download name that survives every browser. */
public final class ExportResponses {
    private ExportResponses() {}

    /**
     * @param baseName the file name without extension, in Vietnamese (for example
     *                 "Lưới chi bộ - Đảng bộ xã Bản Lầm - 2026-Q4")
     */
    public static Response attachment(ExportFormat format, String baseName, StreamingOutput body) {
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", contentDisposition(baseName + "." + format.extension()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /**
     * RFC 6266: an ASCII {@code filename} for old clients (diacritics folded, "đ" to "d", anything
     * else to "_") and the real name in {@code filename*=UTF-8''...} for the rest.
     */
    static String contentDisposition(String fileName) {
        String clean = fileName.replaceAll("[\\p{Cc}\\p{Cf}/\\\\]", "_").strip();
        String ascii = Normalizer.normalize(clean.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("[^A-Za-z0-9._ -]", "_").replace(' ', '_');
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(clean, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
