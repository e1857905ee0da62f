package io.insighta.adapters.http.client.demographics;

import io.insighta.domain.profile.Country;

/** Nationalize's most likely country and its probability. */
record CountryPrediction(Country country, double probability) {}
