package org.normdesk.service;

/** What `db-info` and the status bar show about the open register. */
public record DatabaseInfo(String kind, String url, String schemaVersion, int documents, int filings) {
}
