package io.insighta.domain.query;

/** What a recognised word or phrase of a query means to the parser. */
enum TermKind {
  /** A gender word: {@code men}, {@code women}, {@code girls}. */
  GENDER,
  /** Both genders at once ({@code both genders}), which removes the gender filter. */
  BOTH_GENDERS,
  /** An age-group word: {@code kids}, {@code teens}, {@code adults}, {@code elderly}. */
  AGE_GROUP,
  /** {@code young}: ages 16 to 24 unless explicit bounds say otherwise. */
  YOUNG,
  /** A country name, alias or demonym. */
  COUNTRY,
  /** A country alias that is also an ordinary word ({@code us}): only counts after from/in. */
  COUNTRY_AFTER_PREPOSITION,
  /** Starts an inclusive lower age bound: {@code above}, {@code older than}. */
  MIN_BOUND,
  /** Starts an inclusive upper age bound: {@code below}, {@code younger than}. */
  MAX_BOUND,
  /** {@code between N and M}. */
  BETWEEN,
  /** {@code aged N}, {@code aged N to M}. */
  AGED,
  /** Joins the two ends of a range: {@code to}, {@code through}, a dash. */
  RANGE_TO,
  /** Follows a number to make it a lower bound: {@code and above}, {@code or older}, {@code +}. */
  MIN_SUFFIX,
  /** Follows a number to make it an upper bound: {@code and under}, {@code or younger}. */
  MAX_SUFFIX,
  /** Follows a number to say it is an age: {@code years old}, {@code yrs}. */
  AGE_UNIT,
  /** A decade of life: {@code thirties}. */
  DECADE,
  /** A negation, which no filter can express, so the query is rejected. */
  NEGATION,
  /** {@code gender probability}, followed by a minimum. */
  GENDER_PROBABILITY,
  /** {@code country probability}, followed by a minimum. */
  COUNTRY_PROBABILITY,
  /** {@code percent} after a probability. */
  PERCENT,
  /**
   * A phrase recognised only so that it does not match something shorter ({@code south american}).
   */
  IGNORED
}
