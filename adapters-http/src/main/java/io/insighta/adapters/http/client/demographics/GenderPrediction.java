package io.insighta.adapters.http.client.demographics;

import io.insighta.domain.profile.Gender;

/** Genderize's usable answer: the gender and how sure it is. */
record GenderPrediction(Gender gender, double probability) {}
