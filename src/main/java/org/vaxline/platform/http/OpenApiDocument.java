package org.vaxline.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vaxline.platform.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document, composed from a base and one fragment per feature (its tags, paths and components), so that each
 * feature describes its own endpoints. A path or component named twice is a build error, not a silent overwrite.
 */
public final class OpenApiDocument {
    private static final List<String> MERGED_SECTIONS = List.of("schemas", "parameters", "responses", "examples", "requestBodies");

    private OpenApiDocument() {
    }

    public static byte[] compose(List<String> resources) {
        ObjectNode document = read(resources.get(0));
        for (String fragment : resources.subList(1, resources.size())) {
            merge(document, read(fragment), fragment);
        }
        try {
            return Json.mapper().writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void merge(ObjectNode document, ObjectNode fragment, String name) {
        mergeObject(document.with("paths"), fragment.path("paths"), name, "paths");
        for (JsonNode tag : fragment.path("tags")) {
            for (JsonNode known : document.withArray("tags")) {
                if (known.path("name").equals(tag.path("name"))) {
                    throw new IllegalStateException(name + " names the tag " + tag.path("name") + " again");
                }
            }
            document.withArray("tags").add(tag);
        }
        JsonNode components = fragment.path("components");
        for (String section : MERGED_SECTIONS) {
            mergeObject(document.with("components").with(section), components.path(section), name, "components." + section);
        }
    }

    private static void mergeObject(ObjectNode into, JsonNode from, String fragment, String where) {
        Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (into.has(field.getKey())) {
                throw new IllegalStateException(fragment + " names " + where + "." + field.getKey() + " again");
            }
            into.set(field.getKey(), field.getValue());
        }
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI part " + resource + " is missing from the build");
            }
            return (ObjectNode) Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
