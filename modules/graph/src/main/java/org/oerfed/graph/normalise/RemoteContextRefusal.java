package org.oerfed.graph.normalise;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.net.URI;
import java.util.Optional;

/**
 * The JSON-LD processor's document loader for one parse: it loads nothing, so that a context OERfed does not
 * know fails the record at once instead of making the normaliser fetch a URL a partner chose (slow, unreliable,
 * and a way to make OERfed send requests anywhere). It remembers the first URL it refused, to name it.
 */
final class RemoteContextRefusal implements DocumentLoader {
    private URI refused;

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (refused == null) refused = url;
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "remote document " + url + " is not fetched: OERfed reads JSON-LD offline");
    }

    /** The first URL the processor asked for, if it asked. */
    Optional<URI> refused() {
        return Optional.ofNullable(refused);
    }
}
