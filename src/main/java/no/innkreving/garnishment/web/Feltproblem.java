package no.innkreving.garnishment.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An RFC 7807 problem with the extension member {@code felt}: the request field at fault (JSON path), "" for the whole body. */
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "felt"})
record Feltproblem(String type, String title, int status, String detail, String instance, String felt) {
}
