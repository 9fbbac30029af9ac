package dev.assay.bench;

import dev.assay.screening.ListedParty;
import dev.assay.screening.PartyName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline: a plain Lucene matcher over the same names. Each name is a document with its words
 * (StandardAnalyzer) and its character trigrams; a query asks for its words fuzzily (FuzzyQuery,
 * one edit up to six letters, two beyond) with three quarters of them required, or for 60% of its
 * trigrams. Hits within half the top score are flagged.
 */
final class LuceneMatcher {
  private final IndexSearcher searcher;
  private final StandardAnalyzer words = new StandardAnalyzer();
  private final Analyzer trigrams =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          return new TokenStreamComponents(new NGramTokenizer(3, 3));
        }
      };

  LuceneMatcher(List<ListedParty> entries) {
    try {
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      IndexWriterConfig config =
          new IndexWriterConfig(
              new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(
                  words, java.util.Map.of("grams", trigrams)));
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (ListedParty e : entries) {
          for (PartyName n : e.names()) {
            Document d = new Document();
            d.add(new StoredField("key", e.key()));
            d.add(new TextField("name", n.text(), Field.Store.NO));
            d.add(new TextField("grams", compact(n.text()), Field.Store.NO));
            writer.addDocument(d);
          }
        }
      }
      searcher = new IndexSearcher(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entry keys flagged for the name. */
  Set<String> match(String name) {
    try {
      List<String> tokens = analyze(words, "name", name);
      List<String> grams = analyze(trigrams, "grams", compact(name));
      if (tokens.isEmpty() && grams.isEmpty()) {
        return Set.of();
      }
      BooleanQuery.Builder fuzzy = new BooleanQuery.Builder();
      for (String t : tokens) {
        int edits = t.length() <= 2 ? 0 : t.length() <= 6 ? 1 : 2;
        fuzzy.add(new FuzzyQuery(new Term("name", t), edits), BooleanClause.Occur.SHOULD);
      }
      fuzzy.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(tokens.size() * 0.75)));
      BooleanQuery.Builder ngram = new BooleanQuery.Builder();
      for (String g : grams) {
        ngram.add(new TermQuery(new Term("grams", g)), BooleanClause.Occur.SHOULD);
      }
      ngram.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(grams.size() * 0.6)));
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      if (!tokens.isEmpty()) {
        query.add(fuzzy.build(), BooleanClause.Occur.SHOULD);
      }
      if (!grams.isEmpty()) {
        query.add(ngram.build(), BooleanClause.Occur.SHOULD);
      }
      TopDocs top = searcher.search(query.build(), 10);
      Set<String> keys = new LinkedHashSet<>();
      if (top.scoreDocs.length == 0) {
        return keys;
      }
      float best = top.scoreDocs[0].score;
      var stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        if (sd.score >= best / 2) {
          keys.add(stored.document(sd.doc).get("key"));
        }
      }
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String compact(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", "");
  }

  private static List<String> analyze(Analyzer analyzer, String field, String text)
      throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
