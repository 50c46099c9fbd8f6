package io.blastwall.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Recognises a file by its content, never by its name. */
public final class FormatDetector {
    static final String CREDENTIAL_REPORT_HEADER = "user,arn,user_creation_time";
    private static final List<String> GAAD_KEYS =
            List.of("UserDetailList", "GroupDetailList", "RoleDetailList", "Policies");
    private static final List<String> FORMAT_MARKERS = List.of(
            "UserDetailList", "GroupDetailList", "RoleDetailList", "PolicyVersionList", "\"Statement\"",
            "\"Content\"", CREDENTIAL_REPORT_HEADER, "\"document\"", "\"apiVersion\"");
    private static final int BINARY_PROBE = 8192;
    private static final int HEAD_BYTES = 64 * 1024;

    private final ObjectMapper mapper =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /**
     * @throws UnsupportedContentException when the content is not a supported format (empty, binary, other shapes)
     * @throws ImportException when the content looks like a supported format but is broken (truncated JSON...)
     */
    public DetectedSource detect(SourceInput input) throws ImportException {
        checkText(input);
        String start = head(input).stripLeading();
        if (start.isEmpty()) {
            throw new UnsupportedContentException(input.path(), "", "empty file");
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return classify(input, parse(input, start));
        }
        if (KubernetesYaml.looksLikeManifest(start)) {
            return new DetectedSource(input, SourceFormat.KUBERNETES_OBJECTS, Optional.empty(), Optional.of(input.text()));
        }
        if (start.startsWith(CREDENTIAL_REPORT_HEADER)) {
            return new DetectedSource(input, SourceFormat.AWS_CREDENTIAL_REPORT, Optional.empty(),
                    Optional.of(input.text().stripLeading()));
        }
        throw new UnsupportedContentException(input.path(), "line 1", "not a supported format (text starting with "
                + quote(firstLine(start)) + ")");
    }

    private static void checkText(SourceInput input) throws ImportException {
        byte[] bytes = input.content();
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                throw new UnsupportedContentException(input.path(), "byte " + i, "binary content, not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw new UnsupportedContentException(input.path(), "byte " + in.position(), "binary content, not UTF-8 text");
            }
        } while (result.isOverflow());
    }

    /** The start of the text, enough to recognise a format without decoding a large file twice. */
    private static String head(SourceInput input) {
        byte[] bytes = input.content();
        int length = Math.min(bytes.length, HEAD_BYTES);
        String head = new String(bytes, 0, length, StandardCharsets.UTF_8);
        return head.startsWith("\uFEFF") ? head.substring(1) : head;
    }

    /** Jackson's message without its internal source description: "(start marker at line 1, column 9)". */
    static String readable(String jacksonMessage) {
        return jacksonMessage.replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    }

    /** Parses from the bytes (Jackson detects the encoding and skips a byte-order mark). */
    private JsonNode parse(SourceInput input, String head) throws ImportException {
        try {
            return mapper.readTree(input.content());
        } catch (JsonProcessingException e) {
            String message = "invalid JSON: " + readable(e.getOriginalMessage());
            if (looksSupported(head)) {
                throw new ImportException(input.path(), place(e.getLocation()), message, e);
            }
            throw new UnsupportedContentException(input.path(), place(e.getLocation()), message);
        } catch (IOException e) {
            throw new ImportException(input.path(), "", "cannot read JSON: " + e.getMessage(), e);
        }
    }

    /** The place of a JSON error as people count it: {@code line 3, column 17}. */
    public static String place(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private DetectedSource classify(SourceInput input, JsonNode root) throws ImportException {
        JsonNode node = unwrap(root);
        if (node.isObject() && node.has("Organization") && node.path("Policies").isArray()) {
            return new DetectedSource(input, SourceFormat.AWS_ORGANIZATION, Optional.of(node), Optional.empty());
        }
        if (node.isObject() && (node.path("BucketPolicies").isArray() || isOneBucketPolicy(node))) {
            return new DetectedSource(input, SourceFormat.AWS_BUCKET_POLICIES, Optional.of(node), Optional.empty());
        }
        if (node.isObject() && GAAD_KEYS.stream().anyMatch(node::has)) {
            return new DetectedSource(input, SourceFormat.AWS_GAAD, Optional.of(node), Optional.empty());
        }
        if (node.isObject() && node.path("Content").isTextual()) {
            return new DetectedSource(input, SourceFormat.AWS_CREDENTIAL_REPORT, Optional.of(node),
                    Optional.of(decodeReport(input, node.path("Content").asText())));
        }
        if (node.isObject() && node.has("Statement")) {
            return new DetectedSource(input, SourceFormat.AWS_POLICY_DOCUMENT, Optional.of(node), Optional.empty());
        }
        if (node.isObject() && node.path("kind").isTextual() && node.path("apiVersion").isTextual()
                && (node.path("metadata").isObject() || node.path("items").isArray())) {
            return new DetectedSource(input, SourceFormat.KUBERNETES_OBJECTS, Optional.of(node), Optional.empty());
        }
        if (isEks(node, "association", "associations", "serviceAccount")) {
            return new DetectedSource(input, SourceFormat.AWS_EKS_POD_IDENTITY, Optional.of(node), Optional.empty());
        }
        if (isEks(node, "accessEntry", "accessEntries", "principalArn") || (eksDocument(node).has("principalArn")
                && eksDocument(node).path("associatedAccessPolicies").isArray())) {
            return new DetectedSource(input, SourceFormat.AWS_EKS_ACCESS_ENTRIES, Optional.of(node), Optional.empty());
        }
        if (node.isObject() && node.has("run_id") && node.path("cluster").path("name").isTextual()) {
            return new DetectedSource(input, SourceFormat.KUBERNETES_CLUSTER_INFO, Optional.of(node), Optional.empty());
        }
        if (node.isObject() && node.path("cluster").path("identity").isObject()) {
            return new DetectedSource(input, SourceFormat.AWS_EKS_CLUSTER, Optional.of(node), Optional.empty());
        }
        if (node.isArray() && !node.isEmpty() && node.get(0).has("arn") && node.get(0).has("document")) {
            return new DetectedSource(input, SourceFormat.AWS_MANAGED_POLICY_LIST, Optional.of(node), Optional.empty());
        }
        throw new UnsupportedContentException(input.path(), "$", "JSON of an unsupported shape: " + describe(node));
    }

    /**
     * The output of {@code aws s3api get-bucket-policy}: only {@code Policy}, a string holding a policy document
     * ({@code aws iam get-policy} also answers with a {@code Policy} key, but an object of metadata).
     */
    private static boolean isOneBucketPolicy(JsonNode node) {
        return node.size() == 1 && node.path("Policy").isTextual() && node.path("Policy").asText().contains("Statement");
    }

    /**
     * An EKS API response with a {@code one} object or a {@code many} array whose records have the {@code key}
     * field (or are ARNs), alone or several such responses in an array.
     */
    private static boolean isEks(JsonNode node, String one, String many, String key) {
        JsonNode doc = eksDocument(node);
        JsonNode item = doc.path(many).isArray() && !doc.path(many).isEmpty() ? doc.path(many).get(0) : doc.path(one);
        boolean empty = doc.path(many).isArray() && doc.path(many).isEmpty() && doc.size() <= 2;
        return doc.isObject() && (empty || item.has(key) || item.asText("").startsWith("arn:"));
    }

    private static JsonNode eksDocument(JsonNode node) {
        return node.isArray() && !node.isEmpty() ? node.get(0) : node;
    }

    /** API recordings often wrap the response: {@code {"status_code": 200, "data": {...}}}. */
    private static JsonNode unwrap(JsonNode root) {
        JsonNode data = root.path("data");
        if (root.isObject() && data.isObject() && !root.has("Statement") && !root.has("UserDetailList")
                && !root.has("apiVersion")) {
            return data;
        }
        return root;
    }

    private static String decodeReport(SourceInput input, String content) throws ImportException {
        String trimmed = content.strip();
        if (trimmed.startsWith(CREDENTIAL_REPORT_HEADER)) {
            return trimmed;
        }
        try {
            String decoded = new String(Base64.getMimeDecoder().decode(trimmed), StandardCharsets.UTF_8).strip();
            if (decoded.startsWith(CREDENTIAL_REPORT_HEADER)) {
                return decoded;
            }
        } catch (IllegalArgumentException e) {
            throw new ImportException(input.path(), "$.Content", "Content is neither a credential report nor base64", e);
        }
        throw new ImportException(input.path(), "$.Content", "Content does not hold a credential report (no header "
                + quote(CREDENTIAL_REPORT_HEADER) + ")");
    }

    private static boolean looksSupported(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        return FORMAT_MARKERS.stream().anyMatch(head::contains);
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            return "an object with keys " + (keys.size() > 8 ? keys.subList(0, 8) + "..." : keys);
        }
        if (node.isArray()) {
            return "an array of " + node.size() + " elements";
        }
        return "a single " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
