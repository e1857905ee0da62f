package io.insighta.adapters.http.server.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The wire form of a profile: exactly these ten fields, in this order. */
@JsonPropertyOrder({
  "id",
  "name",
  "gender",
  "gender_probability",
  "age",
  "age_group",
  "country_id",
  "country_name",
  "country_probability",
  "created_at"
})
public record ProfileResponse(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("gender") String gender,
    @JsonProperty("gender_probability") double genderProbability,
    @JsonProperty("age") int age,
    @JsonProperty("age_group") String ageGroup,
    @JsonProperty("country_id") String countryId,
    @JsonProperty("country_name") String countryName,
    @JsonProperty("country_probability") double countryProbability,
    @JsonProperty("created_at") String createdAt) {}
