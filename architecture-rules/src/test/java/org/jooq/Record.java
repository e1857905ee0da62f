package org.jooq;

/** Test stand-in for jOOQ's record type, so fixtures can misuse it without jOOQ on the path. */
public interface Record {
  Object get(String field);
}
