package org.seedcompat.harness.value;

/** A raised Python exception: its class name and message. */
public record ErrorInfo(String type, String message) {
}
