package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ExpandWildcard;
import co.elastic.clients.elasticsearch.indices.ResolveIndexResponse;
import co.elastic.clients.elasticsearch.indices.resolve_index.ResolveIndexAliasItem;
import co.elastic.clients.elasticsearch.indices.resolve_index.ResolveIndexItem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the cluster holds of a layout, read in one {@code _resolve/index} call.
 *
 * @param readTargets  the indices the read alias points at
 * @param writeTargets the indices the write alias points at
 * @param physical     every physical index of this mapping version, behind an alias or not
 * @param legacyIndex  the concrete index of the alias-less first version, if it is there
 */
record AliasState(Set<String> readTargets, Set<String> writeTargets, Set<String> physical,
                  Optional<String> legacyIndex) {

    static AliasState read(ElasticsearchClient client, IndexLayout layout) {
        List<String> names = List.of(layout.readAlias(), layout.writeAlias(), layout.legacyIndex(),
                layout.physicalPattern());
        ResolveIndexResponse response = ClusterCall.run("listing the indices of " + layout.name(),
                () -> client.indices().resolveIndex(r -> r.name(names).ignoreUnavailable(true).allowNoIndices(true)
                        .expandWildcards(ExpandWildcard.Open, ExpandWildcard.Closed)));
        Set<String> physical = new TreeSet<>();
        Optional<String> legacy = Optional.empty();
        for (ResolveIndexItem index : response.indices()) {
            if (layout.generationOf(index.name()).isPresent()) physical.add(index.name());
            if (index.name().equals(layout.legacyIndex())) legacy = Optional.of(index.name());
        }
        return new AliasState(targets(response, layout.readAlias()), targets(response, layout.writeAlias()), physical,
                legacy);
    }

    private static Set<String> targets(ResolveIndexResponse response, String alias) {
        return response.aliases().stream().filter(a -> a.name().equals(alias))
                .map(ResolveIndexAliasItem::indices).findFirst().map(TreeSet::new).orElseGet(TreeSet::new);
    }

    /** Whether an alias points at the index. */
    boolean isLive(String index) {
        return readTargets.contains(index) || writeTargets.contains(index);
    }
}
