package org.oerfed.api.search;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** HTTP tests of the search API: one {@link SearchServer} on the fixture for the whole class, and a client. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServedSearchTest {
    protected SearchServer server;
    protected HttpCalls http;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = new SearchServer(dir);
        http = new HttpCalls(server.uri());
    }

    @AfterAll
    void stop() {
        server.close();
    }
}
