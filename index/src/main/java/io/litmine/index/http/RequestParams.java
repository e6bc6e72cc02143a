package io.litmine.index.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The query-string parameters of a request (UTF-8, repeatable), with typed getters that fail as 400s. */
final class RequestParams {

    private final Map<String, List<String>> values;

    private RequestParams(Map<String, List<String>> values) {
        this.values = values;
    }

    static RequestParams parse(String rawQuery) throws BadRequestException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return new RequestParams(values);
    }

    private static String decode(String s) throws BadRequestException {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("malformed query string: " + e.getMessage(), e);
        }
    }

    /**
     * A 400 naming the first parameter that is neither one of {@code allowed} nor a search filter: a
     * misspelt filter must not silently widen a search.
     */
    void allowOnly(Set<String> allowed, boolean filters) throws BadRequestException {
        for (String name : values.keySet()) {
            if (!allowed.contains(name) && !(filters && io.litmine.index.search.FilterParser.NAMES.contains(name))) {
                List<String> known = new java.util.ArrayList<>(new java.util.TreeSet<>(allowed));
                if (filters) {
                    known.addAll(io.litmine.index.search.FilterParser.NAMES);
                }
                throw new BadRequestException("unknown parameter '" + name + "' (known: " + String.join(", ", known) + ")");
            }
        }
    }

    /** The last value of {@code name}, or {@code fallback} when absent or blank. */
    String get(String name, String fallback) {
        List<String> all = values.get(name);
        if (all == null || all.isEmpty() || all.get(all.size() - 1).isBlank()) {
            return fallback;
        }
        return all.get(all.size() - 1);
    }

    /** Every non-blank value of {@code name}, in order. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
    }

    int integer(String name, int fallback, int min, int max) throws BadRequestException {
        String v = get(name, null);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new BadRequestException(name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a number, got '" + v + "'", e);
        }
    }

    Boolean bool(String name) throws BadRequestException {
        String v = get(name, null);
        if (v == null) {
            return null;
        }
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new BadRequestException(name + " must be true or false, got '" + v + "'");
        };
    }
}
