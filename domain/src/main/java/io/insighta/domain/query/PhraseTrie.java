package io.insighta.domain.query;

import java.util.HashMap;
import java.util.Map;

/**
 * Phrases of whole words mapped to their meaning, searched for the longest phrase that starts at a
 * given word. Built once; read-only afterwards.
 */
final class PhraseTrie {
  private final Node root = new Node(0);

  /** Adds each phrase unless that exact word sequence already has a meaning (first one wins). */
  void put(Term term, String... phrases) {
    for (String phrase : phrases) {
      put(QueryTokenizer.tokenize(phrase), term);
    }
  }

  void put(Tokens phrase, Term term) {
    if (phrase.size() == 0) {
      return;
    }
    Node node = root;
    for (int i = 0; i < phrase.size(); i++) {
      node = node.child(phrase.word(i));
    }
    if (node.term == null) {
      node.term = term;
    }
  }

  /** The longest known phrase starting at {@code start}, or null when none does. */
  Node longest(Tokens tokens, int start) {
    Node node = root;
    Node best = null;
    for (int i = start; i < tokens.size(); i++) {
      node = node.children.get(tokens.word(i));
      if (node == null) {
        break;
      }
      if (node.term != null) {
        best = node;
      }
    }
    return best;
  }

  /** One word position in the trie: the phrase ending here (if any) and its length in words. */
  static final class Node {
    private final Map<String, Node> children = new HashMap<>(4);
    private final int depth;
    private Term term;

    private Node(int depth) {
      this.depth = depth;
    }

    private Node child(String word) {
      return children.computeIfAbsent(word, w -> new Node(depth + 1));
    }

    Term term() {
      return term;
    }

    int depth() {
      return depth;
    }
  }
}
