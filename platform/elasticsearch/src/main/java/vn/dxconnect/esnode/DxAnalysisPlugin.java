package vn.dxconnect.esnode;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexService;
import org.elasticsearch.index.analysis.AbstractCharFilterFactory;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * The analysis components of platform/elasticsearch/index-settings.json, under the names and settings
 * of Elasticsearch's analysis-common module (which is not published on Maven Central), built on the
 * same Lucene classes: mapping, lowercase, asciifolding, edge_ngram, ngram, synonym_graph, whitespace.
 */
public class DxAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        return Map.of("mapping", (indexSettings, env, name, settings) -> mapping(name, settings));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("whitespace", (indexSettings, env, name, settings) -> new AbstractTokenizerFactory(name) {
            @Override
            public Tokenizer create() {
                return new WhitespaceTokenizer();
            }
        });
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "lowercase", (indexSettings, env, name, settings) -> filter(name, LowerCaseFilter::new),
            "asciifolding", (indexSettings, env, name, settings) -> {
                boolean preserve = settings.getAsBoolean("preserve_original", false);
                return filter(name, in -> new ASCIIFoldingFilter(in, preserve));
            },
            "edge_ngram", (indexSettings, env, name, settings) -> {
                int min = settings.getAsInt("min_gram", 1);
                int max = settings.getAsInt("max_gram", 2);
                boolean preserve = settings.getAsBoolean("preserve_original", false);
                return filter(name, in -> new EdgeNGramTokenFilter(in, min, max, preserve));
            },
            "ngram", (indexSettings, env, name, settings) -> {
                int min = settings.getAsInt("min_gram", 1);
                int max = settings.getAsInt("max_gram", 2);
                boolean preserve = settings.getAsBoolean("preserve_original", false);
                return filter(name, in -> new NGramTokenFilter(in, min, max, preserve));
            },
            "synonym_graph", (indexSettings, env, name, settings) -> new SynonymGraph(name, settings)
        );
    }

    private static TokenFilterFactory filter(String name, Function<TokenStream, TokenStream> wrap) {
        return new AbstractTokenFilterFactory(name) {
            @Override
            public TokenStream create(TokenStream tokenStream) {
                return wrap.apply(tokenStream);
            }
        };
    }

    private static CharFilterFactory mapping(String name, Settings settings) {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String rule : settings.getAsList("mappings")) {
            int arrow = rule.indexOf("=>");
            if (arrow < 0) {
                throw new IllegalArgumentException("invalid mapping rule: [" + rule + "]");
            }
            builder.add(rule.substring(0, arrow).trim(), rule.substring(arrow + 2).trim());
        }
        NormalizeCharMap map = builder.build();
        return new AbstractCharFilterFactory(name) {
            @Override
            public Reader create(Reader reader) {
                return new MappingCharFilter(map, reader);
            }

            @Override
            public Reader normalize(Reader reader) {
                return create(reader);
            }
        };
    }

    /** Solr-format synonyms, parsed with the analysis chain that precedes the filter (as Elasticsearch does). */
    static final class SynonymGraph extends AbstractTokenFilterFactory {
        private final List<String> rules;
        private final boolean lenient;

        SynonymGraph(String name, Settings settings) {
            super(name);
            this.rules = settings.getAsList("synonyms");
            this.lenient = settings.getAsBoolean("lenient", false);
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            throw new IllegalStateException("synonym_graph [" + name() + "] is built from its analysis chain");
        }

        @Override
        public TokenFilterFactory getChainAwareTokenFilterFactory(
            IndexService.IndexCreationContext context,
            TokenizerFactory tokenizer,
            List<CharFilterFactory> charFilters,
            List<TokenFilterFactory> previousTokenFilters,
            Function<String, TokenFilterFactory> allFilters
        ) {
            Analyzer analyzer = new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = tokenizer.create();
                    TokenStream stream = source;
                    for (TokenFilterFactory filter : previousTokenFilters) {
                        stream = filter.getSynonymFilter().create(stream);
                    }
                    return new TokenStreamComponents(source, stream);
                }

                @Override
                protected Reader initReader(String field, Reader reader) {
                    for (CharFilterFactory charFilter : charFilters) {
                        reader = charFilter.create(reader);
                    }
                    return reader;
                }
            };
            SynonymMap map = parse(analyzer);
            String name = name();
            return new AbstractTokenFilterFactory(name) {
                @Override
                public TokenStream create(TokenStream tokenStream) {
                    return map.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, map, true);
                }

                @Override
                public TokenFilterFactory getSynonymFilter() {
                    return IDENTITY_FILTER;
                }
            };
        }

        private SynonymMap parse(Analyzer analyzer) {
            try {
                SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
                for (String rule : rules) {
                    try {
                        parser.parse(new StringReader(rule));
                    } catch (Exception e) {
                        if (!lenient) {
                            throw new IllegalArgumentException("failed to parse synonym rule [" + rule + "]", e);
                        }
                    }
                }
                return parser.build();
            } catch (IOException e) {
                throw new IllegalArgumentException("failed to build synonyms [" + name() + "]", e);
            }
        }
    }
}
