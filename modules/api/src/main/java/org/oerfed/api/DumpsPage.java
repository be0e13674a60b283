package org.oerfed.api;

import java.util.List;

/** The dumps as an HTML table for people: each file with its date, size, counts and checksum. */
final class DumpsPage {
    private DumpsPage() {
    }

    static String render(List<DumpsController.Listed> dumps) {
        StringBuilder body = new StringBuilder("<h1>Dumps</h1>\n");
        body.append("<p>The whole graph, newest first: every named graph as N-Quads, and every resource as one JSON-LD ")
                .append("object a line; both gzip'd. Check a download against its SHA-256.</p>\n");
        if (dumps.isEmpty()) return Html.page("Dumps", "", body.append("<p>No dump has been made yet.</p>\n").toString());
        body.append("<table>\n<caption>Dumps of the graph</caption>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Taken</th>")
                .append("<th scope=\"col\">Records</th><th scope=\"col\">Resources</th><th scope=\"col\">Bytes</th>")
                .append("<th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n");
        for (DumpsController.Listed dump : dumps) {
            for (DumpsController.ListedFile file : dump.files()) {
                body.append("<tr><td>").append(Html.link(file.url(), file.name())).append("</td><td>").append(Html.escape(dump.created()))
                        .append("</td><td>").append(dump.records()).append("</td><td>").append(dump.resources())
                        .append("</td><td>").append(file.bytes()).append("</td><td><code>").append(Html.escape(file.sha256()))
                        .append("</code></td></tr>\n");
            }
        }
        body.append("</tbody>\n</table>\n");
        return Html.page("Dumps", "", body.toString());
    }
}
