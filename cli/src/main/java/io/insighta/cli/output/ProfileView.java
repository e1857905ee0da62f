package io.insighta.cli.output;

import io.insighta.cli.profile.Profile;
import io.insighta.cli.profile.ProfilePage;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders profiles for people: a table with a paging footer, or one profile's fields. */
public final class ProfileView {
  private final PrintWriter out;
  private final Style style;

  public ProfileView(PrintWriter out, Style style) {
    this.out = out;
    this.style = style;
  }

  public void page(ProfilePage page) {
    if (page.interpretedAs() != null && !page.interpretedAs().isEmpty()) {
      out.println(style.dim("Interpreted as: " + describe(page.interpretedAs())));
    }
    if (page.data().isEmpty()) {
      out.println("No profiles found.");
    } else {
      Table table = new Table("ID", "NAME", "GENDER", "AGE", "AGE GROUP", "COUNTRY", "CREATED AT");
      for (Profile p : page.data()) {
        table.row(
            p.id(),
            p.name(),
            p.gender(),
            text(p.age()),
            p.ageGroup(),
            p.countryId(),
            p.createdAt());
      }
      table.print(out, style);
    }
    out.println(style.dim(PageFooter.text(page.page(), page.totalPages(), page.total())));
  }

  public void detail(Profile p) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", p.id());
    fields.put("name", p.name());
    fields.put("gender", p.gender());
    fields.put("gender_probability", text(p.genderProbability()));
    fields.put("age", text(p.age()));
    fields.put("age_group", p.ageGroup());
    fields.put("country_id", p.countryId());
    fields.put("country_name", p.countryName());
    fields.put("country_probability", text(p.countryProbability()));
    fields.put("created_at", p.createdAt());
    FieldList.print(out, style, fields);
  }

  private static String describe(Map<String, Object> filters) {
    return filters.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
