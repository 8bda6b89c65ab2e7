package no.innkreving.platform.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An RFC 7807 problem answer. All five fields are always present: existing clients read every one. */
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(String type, String title, int status, String detail, String instance) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problems of the platform itself (authentication, size limits), outside any published contract. */
    public static final String PLATFORM_PREFIX = "tag:innkreving.no,2026:problem:";
}
