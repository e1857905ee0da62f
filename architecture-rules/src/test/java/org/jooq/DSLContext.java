package org.jooq;

/** Test stand-in for jOOQ's query entry point. */
public interface DSLContext {
  Record fetchOne(String table, String name);
}
